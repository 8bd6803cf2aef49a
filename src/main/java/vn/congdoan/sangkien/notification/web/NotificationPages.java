package vn.congdoan.sangkien.notification.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.notification.Channel;
import vn.congdoan.sangkien.notification.NoticeChoices;
import vn.congdoan.sangkien.notification.NoticeKind;
import vn.congdoan.sangkien.notification.Notices;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/**
 * The notices page (the bell of the top bar), the page where a person chooses how each kind reaches them, and the
 * page an e-mail's unsubscribe link opens without signing in. Plain forms: no script needed.
 */
@Pages
class NotificationPages {

	private final Notices notices;

	private final NoticeChoices choices;

	private final CurrentUser currentUser;

	private final Problems problems;

	NotificationPages(Notices notices, NoticeChoices choices, CurrentUser currentUser, Problems problems) {
		this.notices = notices;
		this.choices = choices;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notices", notices.of(currentUser.get(), LocaleContextHolder.getLocale(), 100));
		return "notification/notifications";
	}

	@GetMapping("/notifications/{id}")
	String open(@PathVariable long id) {
		return "redirect:" + notices.open(currentUser.get(), id);
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notices.readAll(currentUser.get());
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/settings")
	String settings(Model model) {
		model.addAttribute("choices", choices.of(currentUser.get().username()));
		model.addAttribute("kinds", NoticeKind.values());
		model.addAttribute("channels", Channel.values());
		return "notification/settings";
	}

	@PostMapping("/notifications/settings")
	String change(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
		try {
			for (NoticeKind kind : NoticeKind.values()) {
				channels.put(kind, Channel.valueOf(form.getOrDefault("channel." + kind.name(), Channel.EMAIL.name())));
			}
			String language = form.getOrDefault("language", "vi");
			if (!"vi".equals(language) && !"en".equals(language)) {
				throw new IllegalArgumentException(language);
			}
			choices.save(currentUser.get().username(), new NoticeChoices.Choices(channels, language,
					NoticeChoices.Digest.valueOf(form.getOrDefault("digest", "DAILY"))));
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.badRequest("notice.settings.invalid");
		}
		redirect.addFlashAttribute("done", problems.message("page.notifications.saved"));
		return "redirect:/notifications/settings";
	}

	@GetMapping("/notifications/unsubscribe")
	String unsubscribeAsked(@RequestParam String u, @RequestParam String k, @RequestParam String s, Model model) {
		model.addAttribute("u", u);
		model.addAttribute("k", kind(k));
		model.addAttribute("s", s);
		return "notification/unsubscribe";
	}

	/** A POST behind the link's page, so that a mail program that opens links to check them changes nothing. */
	@PostMapping("/notifications/unsubscribe")
	String unsubscribe(@RequestParam String u, @RequestParam String k, @RequestParam String s, Model model) {
		choices.unsubscribe(u, kind(k), s);
		model.addAttribute("k", kind(k));
		model.addAttribute("done", true);
		return "notification/unsubscribe";
	}

	private static NoticeKind kind(String name) {
		try {
			return NoticeKind.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.badRequest("notice.unsubscribe.invalid");
		}
	}
}
