package vn.congdoan.sangkien.initiative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision on an initiative, kept for ever (the table refuses updates and deletes). */
@Entity
@Table(name = "decision")
public class Decision {

	/** The length of {@code decision.reason} (V2). */
	static final int MAX_REASON = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false, updatable = false)
	private long initiativeId;

	@Column(nullable = false, updatable = false)
	private String step;

	@Column(nullable = false, updatable = false)
	private String outcome;

	@Column(updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(name = "actor_name", updatable = false)
	private String actorName;

	@Column(name = "actor_roles", updatable = false)
	private String actorRoles;

	@Column(name = "unit_code", updatable = false)
	private String unitCode;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected Decision() {
	}

	/**
	 * A reason as the column keeps it. What a person writes is refused beyond its own, shorter limit before it
	 * comes here (a form's maxLength, a request's @Size: at most 4000); only a text the platform composes, such as
	 * the change of fifty contributors' names, can be longer, and it is cut rather than fail the change it records.
	 */
	static String fitted(String reason) {
		if (reason == null || reason.length() <= MAX_REASON) {
			return reason;
		}
		int end = MAX_REASON - 1;
		if (Character.isHighSurrogate(reason.charAt(end - 1))) {
			end--;
		}
		return reason.substring(0, end) + "…";
	}

	Decision(long initiativeId, String step, String outcome, String reason, String actor, String actorName,
			String actorRoles, String unitCode, Instant decidedAt) {
		this.initiativeId = initiativeId;
		this.step = step;
		this.outcome = outcome;
		this.reason = reason;
		this.actor = actor;
		this.actorName = actorName;
		this.actorRoles = actorRoles;
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

	public Long getId() {
		return id;
	}

	public String getActor() {
		return actor;
	}

	public String getActorName() {
		return actorName;
	}

	public String getActorRoles() {
		return actorRoles;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
