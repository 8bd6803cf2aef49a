package vn.congdoan.sangkien.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A phase of the programme's calendar: which recognitions qualify, and when they may be uploaded. */
@Entity
@Table(name = "programme_phase")
public class ProgrammePhase {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "qualifies_from", nullable = false)
	private LocalDate qualifiesFrom;

	@Column(name = "qualifies_to", nullable = false)
	private LocalDate qualifiesTo;

	@Column(name = "upload_opens_at", nullable = false)
	private Instant uploadOpensAt;

	/** Exclusive: "before 24:00" of the last day. */
	@Column(name = "upload_closes_at", nullable = false)
	private Instant uploadClosesAt;

	@Column(name = "national_target", nullable = false)
	private int nationalTarget;

	protected ProgrammePhase() {
	}

	public ProgrammePhase(String code, String name, LocalDate qualifiesFrom, LocalDate qualifiesTo,
			Instant uploadOpensAt, Instant uploadClosesAt, int nationalTarget) {
		this.code = code;
		this.name = name;
		this.qualifiesFrom = qualifiesFrom;
		this.qualifiesTo = qualifiesTo;
		this.uploadOpensAt = uploadOpensAt;
		this.uploadClosesAt = uploadClosesAt;
		this.nationalTarget = nationalTarget;
	}

	public boolean qualifies(LocalDate recognitionDate) {
		return !recognitionDate.isBefore(qualifiesFrom) && !recognitionDate.isAfter(qualifiesTo);
	}

	public boolean uploadOpenAt(Instant moment) {
		return !moment.isBefore(uploadOpensAt) && moment.isBefore(uploadClosesAt);
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public LocalDate qualifiesFrom() {
		return qualifiesFrom;
	}

	public LocalDate qualifiesTo() {
		return qualifiesTo;
	}

	public Instant uploadOpensAt() {
		return uploadOpensAt;
	}

	public Instant uploadClosesAt() {
		return uploadClosesAt;
	}

	public int nationalTarget() {
		return nationalTarget;
	}
}
