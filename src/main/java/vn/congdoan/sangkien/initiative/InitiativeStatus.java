package vn.congdoan.sangkien.initiative;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an initiative stands, kept in step with its process (each BPMN step sets it) so that
 * "my initiatives" and unit lists never read Camunda's history.
 */
public enum InitiativeStatus {
	DRAFT,
	IN_SUPPORT_REVIEW,
	RETURNED_FOR_REVISION,
	IN_COUNCIL_REVIEW,
	CLARIFICATION_REQUESTED,
	DECLINED,
	REFUSED,
	AWAITING_UPLOAD,
	PUBLISHED,
	MISSED_UPLOAD_WINDOW,
	WITHDRAWN,
	ABANDONED;

	/** Before recognition the author may still withdraw. */
	static final Set<InitiativeStatus> WITHDRAWABLE = EnumSet.of(IN_SUPPORT_REVIEW, RETURNED_FOR_REVISION,
			IN_COUNCIL_REVIEW, CLARIFICATION_REQUESTED);

	/** The author may edit the content while it is a draft or handed back to them. */
	static final Set<InitiativeStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED_FOR_REVISION, CLARIFICATION_REQUESTED);

	/** The author may still take the initiative back: it has not been recognised yet. */
	public boolean isWithdrawable() {
		return WITHDRAWABLE.contains(this);
	}

	/** The author may still change the initiative: a draft, or while the support team or council waits for them. */
	public boolean isEditable() {
		return EDITABLE.contains(this);
	}
}
