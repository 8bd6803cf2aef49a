package vn.congdoan.sangkien.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.workflow.TaskInbox;

/** The platform's own pages: the public home and the inbox of a signed-in reviewer or officer. */
@Controller
class PageController {

	private final TaskInbox inbox;

	private final CurrentUser currentUser;

	PageController(TaskInbox inbox, CurrentUser currentUser) {
		this.inbox = inbox;
		this.currentUser = currentUser;
	}

	@GetMapping("/")
	String home(Model model) {
		currentUser.find().ifPresent(user -> model.addAttribute("user", user));
		return "home";
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		var user = currentUser.get();
		model.addAttribute("user", user);
		model.addAttribute("tasks", inbox.of(user, 0, TaskInbox.MAX_PAGE));
		return "inbox";
	}
}
