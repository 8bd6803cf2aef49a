package vn.congdoan.sangkien.initiative;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An initiative (sáng kiến) submitted by an author of a grassroots union. */
@Entity
@Table(name = "initiative")
public class Initiative {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	private String summary;

	@Column(name = "unit_code", nullable = false)
	private String unitCode;

	@Column(name = "author_username", nullable = false)
	private String authorUsername;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InitiativeStatus status;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Initiative() {
	}

	Initiative(String title, String summary, String unitCode, String authorUsername, Instant createdAt) {
		this.title = title;
		this.summary = summary;
		this.unitCode = unitCode;
		this.authorUsername = authorUsername;
		this.status = InitiativeStatus.SUBMITTED;
		this.createdAt = createdAt;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getAuthorUsername() {
		return authorUsername;
	}

	public InitiativeStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
