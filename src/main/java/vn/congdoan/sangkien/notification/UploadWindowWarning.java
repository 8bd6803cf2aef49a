package vn.congdoan.sangkien.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.system.ScheduledRuns;
import vn.congdoan.sangkien.workflow.WaitingTasks;

/**
 * an upload window closes within {@code window-warning} (7 days) while a union's recognised initiatives of that
 * phase still wait to be uploaded: its union officers are told, once per phase, with how many wait.
 */
@Component
class UploadWindowWarning {

	private final ProgrammeCalendar calendar;

	private final WaitingTasks waiting;

	private final Notices notices;

	private final Addresses addresses;

	private final Outbox outbox;

	private final NoticeChoices choices;

	private final TransactionTemplate transaction;

	private final ScheduledRuns runs;

	private final NotificationSettings settings;

	private final Clock clock;

	UploadWindowWarning(ProgrammeCalendar calendar, WaitingTasks waiting, Notices notices, Addresses addresses,
			Outbox outbox, NoticeChoices choices, TransactionTemplate transaction, ScheduledRuns runs,
			NotificationSettings settings, Clock clock) {
		this.calendar = calendar;
		this.waiting = waiting;
		this.notices = notices;
		this.addresses = addresses;
		this.outbox = outbox;
		this.choices = choices;
		this.transaction = transaction;
		this.runs = runs;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${sangkien.notifications.window-cron}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		if (runs.claim("upload-window-warning", Duration.ofMinutes(1))) {
			warn();
		}
	}

	/** One pass: returns how many unions it told. */
	int warn() {
		Instant now = clock.instant();
		int told = 0;
		for (ProgrammePhase phase : calendar.phases()) {
			if (!phase.uploadClosesAt().isAfter(now) || phase.uploadClosesAt().isAfter(now.plus(settings.windowWarning()))) {
				continue;
			}
			for (Map.Entry<String, Integer> group : waiting.byGroup("portalUpload", "union-officer:", "recognitionPhase",
					phase.code()).entrySet()) {
				List<String> arguments = List.of(phase.name(), ProgrammeTime.endOf(phase.uploadClosesAt()),
						String.valueOf(group.getValue()));
				// The officers are looked up first: the notice, whose key says it was told, and its e-mails commit together.
				List<String> officers = addresses.holding(group.getKey());
				Boolean written = transaction.execute(status -> {
					if (!notices.send(Notices.group(group.getKey()), NoticeKind.WINDOW_CLOSING, "notice.window-closing",
							arguments, "/portal-uploads", "window:" + phase.code() + ":" + group.getKey())) {
						return false;
					}
					for (String username : officers) {
						outbox.tell(username, NoticeKind.WINDOW_CLOSING, notices.text("notice.window-closing",
								arguments.toArray(String[]::new), choices.of(username).locale()), null, "/portal-uploads");
					}
					return true;
				});
				told += Boolean.TRUE.equals(written) ? 1 : 0;
			}
		}
		return told;
	}
}
