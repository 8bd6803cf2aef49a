package vn.congdoan.sangkien.review;

import java.util.List;

/**
 * A task has waited past its reminder or its escalation: published in the transaction of the timer, for those who
 * tell the people it waits on.
 *
 * @param waitingOn who may act on it, as notices address them: {@code group:support-team:CDCS-01-0001},
 *        {@code user:tacgia.hn}
 * @param escalatedTo the superior union's officers' group it was escalated to, else null
 * @param occurrence names this reminder or escalation among all (the execution of its timer's step)
 */
public record TaskOverdue(String occurrence, long initiativeId, String step, List<String> waitingOn,
		String escalatedTo) {
}
