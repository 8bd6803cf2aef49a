package vn.congdoan.sangkien.commendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposal to commend a published initiative or a collective, a unit below the proposer's, and
 * where it stands on its way up the union tree; or the award of a grassroots round once the head co-signed.
 */
@Entity
@Table(name = "commendation")
public class Commendation {

	enum Status {
		IN_PROGRESS, GRANTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", unique = true)
	private Long initiativeId;

	/** the collective commended, when the subject is a unit rather than an initiative. */
	@Column(name = "unit_code")
	private String unitCode;

	/** what the collective achieved, in the proposer's words. */
	private String achievement;

	@Column(name = "round_id")
	private Long roundId;

	@Column(name = "proposed_by", nullable = false)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "current_unit_code")
	private String currentUnitCode;

	@Enumerated(EnumType.STRING)
	private Award award;

	@Column(name = "granted_by_unit")
	private String grantedByUnit;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	protected Commendation() {
	}

	Commendation(long initiativeId, String proposedBy, String unitCode, Instant proposedAt) {
		this.initiativeId = initiativeId;
		this.proposedBy = proposedBy;
		this.currentUnitCode = unitCode;
		this.proposedAt = proposedAt;
		this.status = Status.IN_PROGRESS;
	}

	/** a collective, proposed at the proposer's own level. */
	static Commendation ofCollective(String unitCode, String achievement, String proposedBy, String proposerUnit,
			Instant proposedAt) {
		Commendation commendation = new Commendation();
		commendation.unitCode = unitCode;
		commendation.achievement = achievement;
		commendation.proposedBy = proposedBy;
		commendation.currentUnitCode = proposerUnit;
		commendation.proposedAt = proposedAt;
		commendation.status = Status.IN_PROGRESS;
		return commendation;
	}

	/** an initiative of a grassroots round the head of the unit co-signed: granted there, no chain to climb. */
	static Commendation ofRound(long initiativeId, long roundId, String openedBy, Instant openedAt, String unitCode,
			Instant grantedAt) {
		Commendation commendation = new Commendation(initiativeId, openedBy, unitCode, openedAt);
		commendation.roundId = roundId;
		commendation.granted(Award.GIAY_KHEN, unitCode, grantedAt);
		return commendation;
	}

	boolean collective() {
		return unitCode != null;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void atLevelOf(String unitCode) {
		this.currentUnitCode = unitCode;
	}

	void granted(Award award, String unitCode, Instant at) {
		this.status = Status.GRANTED;
		this.award = award;
		this.grantedByUnit = unitCode;
		this.decidedAt = at;
	}

	void declined(Instant at) {
		this.status = Status.DECLINED;
		this.decidedAt = at;
	}

	public Long getId() {
		return id;
	}

	/** The initiative commended, or null for a collective. */
	public Long getInitiativeId() {
		return initiativeId;
	}

	/** The collective commended, or null for an initiative. */
	public String getUnitCode() {
		return unitCode;
	}

	public String getAchievement() {
		return achievement;
	}

	public Long getRoundId() {
		return roundId;
	}

	public Status getStatus() {
		return status;
	}

	public String getCurrentUnitCode() {
		return currentUnitCode;
	}

	public Award getAward() {
		return award;
	}

	public String getGrantedByUnit() {
		return grantedByUnit;
	}

	public String getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
