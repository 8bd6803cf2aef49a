package vn.congdoan.sangkien.review;

/**
 * The BPMN task a deadline step serves, read from the step's own id: {@code remindSupportTeamReview}
 * and {@code escalateSupportTeamReview} serve {@code supportTeamReview}.
 */
final class DeadlineStep {

	private DeadlineStep() {
	}

	static String taskOf(String activityId, String prefix) {
		String task = activityId.substring(prefix.length());
		return Character.toLowerCase(task.charAt(0)) + task.substring(1);
	}
}
