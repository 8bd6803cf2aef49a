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

/** A proposal to commend a published initiative, and where it stands on its way up the union tree. */
@Entity
@Table(name = "commendation")
public class Commendation {

	enum Status {
		IN_PROGRESS, GRANTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false, unique = true)
	private long initiativeId;

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

	public long getInitiativeId() {
		return initiativeId;
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
