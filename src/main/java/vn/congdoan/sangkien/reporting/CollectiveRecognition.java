package vn.congdoan.sangkien.reporting;

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
 * One collective recognition (R-7.1 - R-7.3), one current per kind and period: its candidates as computed, then
 * the winners the VGCL Office confirmed or named, published. Candidates and winners are kept as the JSON
 * the Office saw, so that a later change of the rules does not rewrite a past recognition.
 */
@Entity
@Table(name = "collective_recognition")
public class CollectiveRecognition {

	/** A recognition computed again after the data was corrected is REPLACED: kept on record, no longer current. */
	public enum Status {
		AWAITING_CONFIRMATION, PUBLISHED, REPLACED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecognitionKind kind;

	@Column(nullable = false)
	private String period;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private String candidates;

	private String winners;

	private String note;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "replaced_by")
	private Long replacedBy;

	@Column(name = "individuals_per_group")
	private Integer individualsPerGroup;

	@Column(name = "replaced_at")
	private Instant replacedAt;

	protected CollectiveRecognition() {
	}

	CollectiveRecognition(RecognitionKind kind, String period, Integer individualsPerGroup, Instant createdAt) {
		this.kind = kind;
		this.period = period;
		this.individualsPerGroup = individualsPerGroup;
		this.status = Status.AWAITING_CONFIRMATION;
		this.candidates = "{}";
		this.createdAt = createdAt;
	}

	void runsIn(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void proposes(String candidates) {
		this.candidates = candidates;
	}

	void publish(String winners, String note, String confirmedBy, Instant publishedAt) {
		this.status = Status.PUBLISHED;
		this.winners = winners;
		this.note = note;
		this.confirmedBy = confirmedBy;
		this.publishedAt = publishedAt;
	}

	void replaced(Instant at) {
		this.status = Status.REPLACED;
		this.replacedAt = at;
	}

	void replacedBy(long id) {
		this.replacedBy = id;
	}

	String processInstanceId() {
		return processInstanceId;
	}

	/** how many individuals of each target group the final review proposes; null for the setting's default. */
	public Integer getIndividualsPerGroup() {
		return individualsPerGroup;
	}

	public Long getReplacedBy() {
		return replacedBy;
	}

	public Long getId() {
		return id;
	}

	public RecognitionKind getKind() {
		return kind;
	}

	public String getPeriod() {
		return period;
	}

	public Status getStatus() {
		return status;
	}

	public String getCandidates() {
		return candidates;
	}

	public String getWinners() {
		return winners;
	}

	public String getNote() {
		return note;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}
}
