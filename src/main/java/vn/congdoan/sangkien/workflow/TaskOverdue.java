package vn.congdoan.sangkien.workflow;

import java.util.List;

/**
 * A task has waited past its reminder or its escalation: published in the transaction of the timer, for those who
 * tell the people it waits on.
 *
 * @param occurrence names this reminder or escalation among all (the execution of its timer's step)
 * @param subject what waits: an initiative, an idea, a commendation, a commendation round
 * @param waitingOn who may act on it, as notices address them: {@code group:support-team:CDCS-01-0001},
 *        {@code user:tacgia.hn}
 * @param escalatedTo the superior union's officers' group it was escalated to, else null
 */
public record TaskOverdue(String occurrence, Subject subject, String step, List<String> waitingOn, String escalatedTo) {

	/**
	 * @param kind {@code initiative}, {@code idea}, {@code commendation} or {@code round}
	 * @param id its number
	 * @param link the page to act from
	 */
	public record Subject(String kind, long id, String link) {

		public static Subject initiative(long id) {
			return new Subject("initiative", id, "/initiatives/" + id);
		}
	}
}
