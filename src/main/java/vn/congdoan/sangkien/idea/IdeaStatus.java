package vn.congdoan.sangkien.idea;

/** Where an idea stands in {@code bpmn/idea-lifecycle.bpmn}; the status column follows each step. */
public enum IdeaStatus {
	/** Waiting for the support team to take it up or close it. */
	SUBMITTED,
	/** The author shapes it, at the start or sent back by the mentor. */
	WITH_AUTHOR,
	/** The mentor reads the author's text. */
	WITH_MENTOR,
	/** It became an initiative draft of its author. */
	DRAFTED,
	/** Closed by the support team or the mentor, with a reason. */
	CLOSED,
	/** Closed because its author left it past the limit of their task (sangkien.task-deadlines). */
	ABANDONED
}
