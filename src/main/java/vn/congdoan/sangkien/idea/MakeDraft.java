package vn.congdoan.sangkien.idea;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;

/**
 * the mentor sends the idea on: it becomes an initiative draft of its author in the idea's union, the idea's
 * problem and proposal its problem and solution, linked from the idea. The author completes and submits it as any
 * draft, and it follows the initiative's lifecycle from there.
 */
@Component("makeDraft")
class MakeDraft implements JavaDelegate {

	private final Ideas ideas;

	private final InitiativeSubmission submission;

	MakeDraft(Ideas ideas, InitiativeSubmission submission) {
		this.ideas = ideas;
		this.submission = submission;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Idea idea = ideas.load(((Number) execution.getVariable("ideaId")).longValue());
		// The author wrote the idea as an author of its union: the draft is theirs there, as if they had begun it.
		PlatformUser author = PlatformUser.of(idea.author(), idea.author(), Role.AUTHOR, idea.unitCode());
		Initiative draft = submission.createDraft(author, new InitiativeContent(null, idea.title(), null, idea.problem(),
				idea.proposal(), null, null, null, null, null, null, null, null, null, null, idea.unitCode()));
		ideas.drafted(idea.id(), draft.getId());
	}
}
