package vn.congdoan.sangkien.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task arrives: its candidate groups and the person it is given to find a notice in the app, written in the
 * engine's transaction (no task, no notice). E-mail comes later, in the day's digest ({@link TaskDigest}).
 */
@Component
class TaskArrivals {

	private final Notices notices;

	TaskArrivals(Notices notices) {
		this.notices = notices;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	void arrived(DelegateTask task) {
		Set<String> recipients = new LinkedHashSet<>();
		if (task.getAssignee() != null) {
			recipients.add(Notices.user(task.getAssignee()));
		}
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
				recipients.add(link.getGroupId() != null ? Notices.group(link.getGroupId()) : Notices.user(link.getUserId()));
			}
		}
		Object initiative = task.getVariable("initiativeId");
		String step = "#step." + task.getTaskDefinitionKey() + "|" + task.getName();
		List<String> arguments = initiative == null ? List.of(step) : List.of(step, initiative.toString());
		if (!recipients.isEmpty()) {
			notices.sendAll(List.copyOf(recipients), NoticeKind.TASK,
					initiative == null ? "notice.task" : "notice.task.initiative", arguments, "/tasks/" + task.getId());
		}
	}
}
