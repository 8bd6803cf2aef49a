package vn.congdoan.sangkien.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.InitiativeAuthors;
import vn.congdoan.sangkien.initiative.InitiativeDecided;
import vn.congdoan.sangkien.workflow.TaskOverdue;

/**
 * Tells people of what happened on an initiative, after it committed: its authors of every decision on it that was
 * not their own (returned, clarification asked, recognised, refused with the reason, published, commendation
 * granted or declined...), and who may act on a task that waited too long, the superior union too once it is
 * escalated. Each is told in the app and, if they chose so, by e-mail at once. An event handed over twice tells once.
 */
@Component
class DecisionNotices {

	/** Lines of the timeline told through {@link TaskOverdue}, to who the task waits on rather than to the authors. */
	private static final Set<String> OVERDUE = Set.of("reminded", "escalated");

	private final Notices notices;

	private final Outbox outbox;

	private final Addresses addresses;

	private final InitiativeAuthors authors;

	private final NoticeChoices choices;

	DecisionNotices(Notices notices, Outbox outbox, Addresses addresses, InitiativeAuthors authors,
			NoticeChoices choices) {
		this.notices = notices;
		this.outbox = outbox;
		this.addresses = addresses;
		this.authors = authors;
		this.choices = choices;
	}

	@ApplicationModuleListener
	void decided(InitiativeDecided decided) {
		if (OVERDUE.contains(decided.outcome())) {
			return;
		}
		authors.of(decided.initiativeId()).filter(initiative -> !initiative.usernames().contains(decided.actor()))
			.ifPresent(initiative -> {
				List<String> arguments = new ArrayList<>(List.of(String.valueOf(decided.initiativeId()), initiative.title(),
						"#step." + decided.step(), "#outcome." + decided.outcome()));
				boolean withReason = decided.reason() != null && !decided.reason().isBlank();
				if (withReason) {
					arguments.add(decided.reason());
				}
				String code = withReason ? "notice.decided.reason" : "notice.decided";
				String link = "/initiatives/" + decided.initiativeId();
				for (String username : initiative.usernames()) {
					tell(Notices.user(username), username, NoticeKind.DECISION, code, arguments, link,
							"decision:" + decided.decisionId() + ":" + username);
				}
			});
	}

	@ApplicationModuleListener
	void overdue(TaskOverdue overdue) {
		String once = "overdue:" + overdue.occurrence();
		List<String> arguments = List.of("#step." + overdue.step(), String.valueOf(overdue.subject().id()));
		// Escalated, the group it waits on learns that the superior union follows it now, in the same words.
		String code = "notice." + (overdue.escalatedTo() == null ? "reminded" : "escalated") + "." + overdue.subject().kind();
		for (String recipient : overdue.waitingOn()) {
			tellAll(recipient, code, arguments, overdue.subject().link(), once);
		}
		if (overdue.escalatedTo() != null) {
			tellAll(Notices.group(overdue.escalatedTo()), code, arguments, overdue.subject().link(), once);
		}
	}

	/** A group's notice once, and an e-mail to each of its members who chose e-mail. */
	private void tellAll(String recipient, String code, List<String> arguments, String link, String once) {
		if (!notices.send(recipient, NoticeKind.REMINDER, code, arguments, link, once + ":" + recipient)) {
			return;
		}
		Set<String> people = new LinkedHashSet<>();
		if (recipient.startsWith("user:")) {
			people.add(recipient.substring("user:".length()));
		}
		else {
			people.addAll(addresses.holding(recipient.substring("group:".length())));
		}
		for (String username : people) {
			mail(username, NoticeKind.REMINDER, code, arguments, link);
		}
	}

	private void tell(String recipient, String username, NoticeKind kind, String code, List<String> arguments,
			String link, String once) {
		if (notices.send(recipient, kind, code, arguments, link, once)) {
			mail(username, kind, code, arguments, link);
		}
	}

	private void mail(String username, NoticeKind kind, String code, List<String> arguments, String link) {
		String text = notices.text(code, arguments.toArray(String[]::new), choices.of(username).locale());
		outbox.tell(username, kind, text, null, link);
	}
}
