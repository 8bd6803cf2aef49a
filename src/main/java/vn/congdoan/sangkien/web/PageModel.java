package vn.congdoan.sangkien.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.Pages;

/** What every page's layout shows: the signed-in user, if any (their name, their menu). */
@ControllerAdvice(annotations = Pages.class)
class PageModel {

	private final CurrentUser currentUser;

	PageModel(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@ModelAttribute("user")
	PlatformUser user() {
		return currentUser.find().orElse(null);
	}
}
