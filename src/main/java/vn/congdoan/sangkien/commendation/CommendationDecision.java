package vn.congdoan.sangkien.commendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * a decision on a collective's commendation (who, when, why). A collective has no initiative whose timeline
 * could hold it, so it is kept on the commendation itself.
 */
@Entity
@Table(name = "commendation_decision")
public class CommendationDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commendation_id", nullable = false)
	private long commendationId;

	@Column(nullable = false)
	private String step;

	@Column(nullable = false)
	private String outcome;

	private String reason;

	@Column(nullable = false)
	private String actor;

	@Column(name = "unit_code")
	private String unitCode;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected CommendationDecision() {
	}

	CommendationDecision(long commendationId, String step, String outcome, String reason, String actor, String unitCode,
			Instant decidedAt) {
		this.commendationId = commendationId;
		this.step = step;
		this.outcome = outcome;
		this.reason = reason;
		this.actor = actor;
		this.unitCode = unitCode;
		this.decidedAt = decidedAt;
	}

	public String getStep() {
		return step;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}

	public String getActor() {
		return actor;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
