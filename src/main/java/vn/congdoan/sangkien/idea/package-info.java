/**
 * Ideas and idea days (R-5.1, R-5.2; issue 11, section 1): a member posts an idea in a few lines for their grassroots
 * union, perhaps at one of the idea days the union schedules; the union's support team takes it up, naming its mentor
 * from the team, or closes it with a reason; author and mentor shape it (BPMN {@code ideaLifecycle}) until it becomes
 * an initiative draft carrying the idea's text, which then follows the initiative's own lifecycle. Its pages are in
 * {@code idea.web}; the unit dashboard counts ideas through {@code programme.IdeaCounts}, which {@link Ideas}
 * implements.
 */
package vn.congdoan.sangkien.idea;
