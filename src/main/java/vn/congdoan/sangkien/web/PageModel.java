package vn.congdoan.sangkien.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.notification.NoticeChoices;
import vn.congdoan.sangkien.notification.Notices;
import vn.congdoan.sangkien.system.Pages;

/**
 * What every page's layout shows: the signed-in user, if any (their name, their menu, their unread notices). The
 * language they switch to is remembered as the language of their e-mails.
 */
@ControllerAdvice(annotations = Pages.class)
class PageModel {

	private final CurrentUser currentUser;

	private final Notices notices;

	private final NoticeChoices choices;

	PageModel(CurrentUser currentUser, Notices notices, NoticeChoices choices) {
		this.currentUser = currentUser;
		this.notices = notices;
		this.choices = choices;
	}

	@ModelAttribute("user")
	PlatformUser user(HttpServletRequest request, Locale locale) {
		PlatformUser user = currentUser.find().orElse(null);
		if (user != null && request.getParameter("lang") != null) {
			choices.speaks(user.username(), locale);
		}
		return user;
	}

	@ModelAttribute("unreadNotices")
	Integer unreadNotices() {
		return currentUser.find().map(notices::unread).orElse(0);
	}
}
