package vn.congdoan.sangkien.initiative;

/**
 * A line was added to an initiative's timeline (R-7.6: who, when, why): published in the transaction of the
 * decision, for those who tell the authors. {@code decisionId} names the line; {@code actor} is {@code system} for
 * the platform's own steps.
 */
public record InitiativeDecided(long decisionId, long initiativeId, String step, String outcome, String reason, String actor,
		String unitCode) {
}
