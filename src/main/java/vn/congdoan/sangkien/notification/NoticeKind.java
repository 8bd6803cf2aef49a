package vn.congdoan.sangkien.notification;

/** What a notice tells, and what a person chooses a channel for. */
public enum NoticeKind {

	/** A task arrived for the person or one of their groups: by e-mail in a digest, at most daily. */
	TASK,

	/** A task of theirs waited past its reminder or its escalation. */
	REMINDER,

	/** A decision on an initiative they wrote. */
	DECISION,

	/** An upload window closes soon while their union's initiatives wait to be uploaded. */
	WINDOW_CLOSING
}
