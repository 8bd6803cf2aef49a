package vn.congdoan.sangkien.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An initiative (sáng kiến) of an author of a grassroots union, from draft to published. */
@Entity
@Table(name = "initiative")
public class Initiative {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private InitiativeKind kind;

	@Column(nullable = false)
	private String title;

	private String summary;

	private String problem;

	private String solution;

	@Column(name = "application_place")
	private String applicationPlace;

	@Enumerated(EnumType.STRING)
	@Column(name = "application_mode")
	private ApplicationMode applicationMode;

	@Column(name = "application_date")
	private LocalDate applicationDate;

	@Column(name = "benefit_vnd")
	private Long benefitVnd;

	@Column(name = "non_monetary_benefit")
	private String nonMonetaryBenefit;

	@Column(name = "origin_story")
	private String originStory;

	@OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Contributor> contributors = new ArrayList<>();

	@Column(name = "credited_name")
	private String creditedName;

	@Column(name = "credited_username")
	private String creditedUsername;

	@Column(name = "unit_code", nullable = false)
	private String unitCode;

	@Column(name = "author_username", nullable = false)
	private String authorUsername;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InitiativeStatus status;

	@Column(name = "recognition_date")
	private LocalDate recognitionDate;

	@Column(name = "phase_code")
	private String phaseCode;

	@Column(name = "portal_uploaded_at")
	private Instant portalUploadedAt;

	@Column(name = "portal_reference")
	private String portalReference;

	@Column(name = "award")
	private String award;

	@Column(name = "award_unit_code")
	private String awardUnitCode;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Initiative() {
	}

	Initiative(String unitCode, String authorUsername, Instant createdAt) {
		this.unitCode = unitCode;
		this.authorUsername = authorUsername;
		this.status = InitiativeStatus.DRAFT;
		this.createdAt = createdAt;
	}

	void write(InitiativeContent content, Instant now) {
		this.kind = content.kind();
		this.title = content.title().strip();
		this.summary = stripped(content.summary());
		this.problem = stripped(content.problem());
		this.solution = stripped(content.solution());
		this.applicationPlace = stripped(content.applicationPlace());
		this.applicationMode = content.applicationMode();
		this.applicationDate = content.applicationDate();
		this.benefitVnd = content.benefitVnd();
		this.nonMonetaryBenefit = stripped(content.nonMonetaryBenefit());
		this.originStory = stripped(content.originStory());
		this.contributors.clear();
		List<ContributorInput> inputs = content.contributorsOrNone();
		for (int i = 0; i < inputs.size(); i++) {
			this.contributors.add(new Contributor(this, i, inputs.get(i)));
		}
		this.updatedAt = now;
	}

	/** the person the programme credits, stored so that counts never recompute it. */
	void credit(Contributor credited) {
		this.creditedName = credited.getFullName();
		this.creditedUsername = credited.getUsername();
	}

	void submitted(String processInstanceId, Instant now) {
		this.processInstanceId = processInstanceId;
		this.submittedAt = now;
		this.status = InitiativeStatus.IN_SUPPORT_REVIEW;
	}

	void moveTo(InitiativeStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void recognised(LocalDate recognitionDate, String phaseCode) {
		this.recognitionDate = recognitionDate;
		this.phaseCode = phaseCode;
	}

	void uploaded(Instant at, String reference) {
		this.portalUploadedAt = at;
		this.portalReference = reference;
		this.status = InitiativeStatus.PUBLISHED;
		this.updatedAt = at;
	}

	/** the commendation finally granted, and by which unit. */
	void awarded(String award, String unitCode) {
		this.award = award;
		this.awardUnitCode = unitCode;
	}

	private static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public InitiativeKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getProblem() {
		return problem;
	}

	public String getSolution() {
		return solution;
	}

	public String getApplicationPlace() {
		return applicationPlace;
	}

	public ApplicationMode getApplicationMode() {
		return applicationMode;
	}

	public LocalDate getApplicationDate() {
		return applicationDate;
	}

	public Long getBenefitVnd() {
		return benefitVnd;
	}

	public String getNonMonetaryBenefit() {
		return nonMonetaryBenefit;
	}

	public String getOriginStory() {
		return originStory;
	}

	public List<Contributor> getContributors() {
		return Collections.unmodifiableList(contributors);
	}

	public String getCreditedName() {
		return creditedName;
	}

	public String getCreditedUsername() {
		return creditedUsername;
	}

	/** The key that counts distinct credited authors: their account, else their name. */
	public String creditedAuthorKey() {
		return creditedUsername != null ? creditedUsername : "name:" + creditedName.toLowerCase(java.util.Locale.ROOT);
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getAuthorUsername() {
		return authorUsername;
	}

	/** Its author may still change it (a draft, or while the support team or council waits for them). */
	public boolean isEditableBy(String username) {
		return authorUsername.equals(username) && status.isEditable();
	}

	/** Its author may still take it back: it has not been recognised yet. */
	public boolean isWithdrawableBy(String username) {
		return authorUsername.equals(username) && status.isWithdrawable();
	}

	public InitiativeStatus getStatus() {
		return status;
	}

	public LocalDate getRecognitionDate() {
		return recognitionDate;
	}

	public String getPhaseCode() {
		return phaseCode;
	}

	public Instant getPortalUploadedAt() {
		return portalUploadedAt;
	}

	public String getPortalReference() {
		return portalReference;
	}

	public String getAward() {
		return award;
	}

	public String getAwardUnitCode() {
		return awardUnitCode;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getVersion() {
		return version;
	}
}
