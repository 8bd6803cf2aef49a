package vn.congdoan.sangkien.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Notifications", description = "Thông báo: the signed-in user's notices and how they are told")
class NotificationController {

	private final Notices notices;

	private final NoticeChoices choices;

	private final CurrentUser currentUser;

	NotificationController(Notices notices, NoticeChoices choices, CurrentUser currentUser) {
		this.notices = notices;
		this.choices = choices;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/notifications")
	@Operation(operationId = "notifications", summary = "The latest 50 notices of the user and of their groups, newest first")
	List<Notices.Notice> list() {
		return notices.of(currentUser.get(), LocaleContextHolder.getLocale(), 50);
	}

	@GetMapping("/api/notifications/unread")
	@Operation(summary = "How many are unread (100 stands for more than 99)")
	Map<String, Integer> unread() {
		return Map.of("unread", notices.unread(currentUser.get()));
	}

	@PostMapping("/api/notifications/{id}/read")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "notice.not-found")
	@Operation(summary = "Mark one read; gives the link it points to")
	Map<String, String> read(@PathVariable long id) {
		return Map.of("link", notices.open(currentUser.get(), id));
	}

	@PostMapping("/api/notifications/read-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark every notice up to now read")
	void readAll() {
		notices.readAll(currentUser.get());
	}

	@GetMapping("/api/notifications/settings")
	@Operation(summary = "How the user is told of each kind of notice, their language and digest")
	NoticeChoices.Choices settings() {
		return choices.of(currentUser.get().username());
	}

	@PutMapping("/api/notifications/settings")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "notice.settings.invalid")
	@Operation(operationId = "changeNotificationSettings", summary = "Change them: a channel (EMAIL, IN_APP, OFF) per kind, the language (vi, en), the digest (DAILY, WEEKLY)")
	NoticeChoices.Choices change(@RequestBody NoticeChoices.Choices changed) {
		if (changed.language() == null || !List.of("vi", "en").contains(changed.language()) || changed.digest() == null) {
			throw ProblemException.badRequest("notice.settings.invalid");
		}
		String username = currentUser.get().username();
		Map<NoticeKind, Channel> channels = new EnumMap<>(choices.of(username).channels());
		if (changed.channels() != null) {
			changed.channels().forEach((kind, channel) -> {
				if (kind == null || channel == null) {
					throw ProblemException.badRequest("notice.settings.invalid");
				}
				channels.put(kind, channel);
			});
		}
		choices.save(username, new NoticeChoices.Choices(channels, changed.language(), changed.digest()));
		return choices.of(username);
	}
}
