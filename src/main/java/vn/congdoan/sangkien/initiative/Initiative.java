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

import vn.congdoan.sangkien.system.ProblemException;

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

	private String investor;

	@Column(name = "field_of_application")
	private String fieldOfApplication;

	/**
	 * What the author asks the unit to keep confidential (Circular 18/2013, Appendix I): read only through
	 * {@link InitiativeAccess#confidentialContent}, never by a page or the public search, so no public getter.
	 */
	@Column(name = "confidential_content")
	private String confidentialContent;

	@OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Contributor> contributors = new ArrayList<>();

	@Column(name = "credited_name")
	private String creditedName;

	@Column(name = "credited_username")
	private String creditedUsername;

	@Column(name = "credited_date_of_birth")
	private LocalDate creditedDateOfBirth;

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

	/** Its author changes the content: only while it is a draft or handed back to them. */
	void edit(InitiativeContent content, Instant now) {
		checkEditable();
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
		this.investor = stripped(content.investor());
		this.fieldOfApplication = stripped(content.fieldOfApplication());
		this.confidentialContent = stripped(content.confidentialContent());
		this.contributors.clear();
		List<ContributorInput> inputs = content.contributorsOrNone();
		for (int i = 0; i < inputs.size(); i++) {
			this.contributors.add(new Contributor(this, i, inputs.get(i)));
		}
		this.updatedAt = now;
	}

	/** Refuses a change of the content, or of its files, once its author may no longer change it. */
	void checkEditable() {
		if (!status.isEditable()) {
			throw ProblemException.conflict("initiative.not-editable", status);
		}
	}

	/** the person the programme credits, stored so that counts never recompute it; it follows the content. */
	void credit(Contributor credited) {
		checkEditable();
		this.creditedName = credited.getFullName();
		this.creditedUsername = credited.getUsername();
		this.creditedDateOfBirth = credited.getDateOfBirth();
	}

	/**
	 * The author submits a draft, once. It stays a draft until the process it starts puts it before the
	 * support team ({@link #reviewBySupportTeam}), in the same transaction.
	 */
	void submit(Instant now) {
		if (status != InitiativeStatus.DRAFT || submittedAt != null) {
			throw ProblemException.conflict("initiative.not-draft", status);
		}
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Only a draft never submitted may be deleted: a submitted one has a process and a timeline that
	 * would be left pointing at nothing.
	 */
	void checkDeletable() {
		if (status != InitiativeStatus.DRAFT || submittedAt != null) {
			throw ProblemException.conflict("initiative.not-draft", status);
		}
	}

	/** The process its submission started, recorded once. */
	void processStarted(String processInstanceId) {
		require(submittedAt != null && this.processInstanceId == null, "processStarted");
		this.processInstanceId = processInstanceId;
	}

	/** before the support team, when just submitted or when its author hands back a revision. */
	void reviewBySupportTeam(Instant now) {
		boolean submittedDraft = status == InitiativeStatus.DRAFT && submittedAt != null;
		require(submittedDraft || status == InitiativeStatus.RETURNED_FOR_REVISION, "reviewBySupportTeam");
		moveTo(InitiativeStatus.IN_SUPPORT_REVIEW, now);
	}

	/** the support team returns it to its author with comments. */
	void returnForRevision(Instant now) {
		require(status == InitiativeStatus.IN_SUPPORT_REVIEW, "returnForRevision");
		moveTo(InitiativeStatus.RETURNED_FOR_REVISION, now);
	}

	/** the support team declines it. */
	void decline(Instant now) {
		require(status == InitiativeStatus.IN_SUPPORT_REVIEW, "decline");
		moveTo(InitiativeStatus.DECLINED, now);
	}

	/** before the council, when the support team accepts it or its author answers the council's question. */
	void reviewByCouncil(Instant now) {
		require(status == InitiativeStatus.IN_SUPPORT_REVIEW || status == InitiativeStatus.CLARIFICATION_REQUESTED,
				"reviewByCouncil");
		moveTo(InitiativeStatus.IN_COUNCIL_REVIEW, now);
	}

	/** The council asks its author to clarify, before deciding. */
	void askForClarification(Instant now) {
		require(awaitsCouncilDecision(), "askForClarification");
		moveTo(InitiativeStatus.CLARIFICATION_REQUESTED, now);
	}

	/** the council refuses it, or the programme's rules exclude it, before it is recognised. */
	void refuse(Instant now) {
		require(awaitsCouncilDecision(), "refuse");
		moveTo(InitiativeStatus.REFUSED, now);
	}

	/** recognised on this date, counted in this phase; it waits for the upload next. */
	void recognise(LocalDate recognitionDate, String phaseCode) {
		require(awaitsCouncilDecision(), "recognise");
		this.recognitionDate = recognitionDate;
		this.phaseCode = phaseCode;
	}

	/** recognised, it waits for its union officer to upload it to the national portal. */
	void awaitUpload(Instant now) {
		require(status == InitiativeStatus.IN_COUNCIL_REVIEW && recognitionDate != null, "awaitUpload");
		moveTo(InitiativeStatus.AWAITING_UPLOAD, now);
	}

	/** uploaded to the national portal, so published; only what waits for its upload. */
	void publish(Instant uploadedAt, String reference) {
		require(status == InitiativeStatus.AWAITING_UPLOAD, "publish");
		this.portalUploadedAt = uploadedAt;
		this.portalReference = reference;
		moveTo(InitiativeStatus.PUBLISHED, uploadedAt);
	}

	/** the upload window of its phase closed while it waited for its upload. */
	void missUploadWindow(Instant now) {
		require(status == InitiativeStatus.AWAITING_UPLOAD, "missUploadWindow");
		moveTo(InitiativeStatus.MISSED_UPLOAD_WINDOW, now);
	}

	/** Its author did not answer the support team or the council in time (sangkien.task-deadlines). */
	void abandon(Instant now) {
		require(status == InitiativeStatus.RETURNED_FOR_REVISION || status == InitiativeStatus.CLARIFICATION_REQUESTED,
				"abandon");
		moveTo(InitiativeStatus.ABANDONED, now);
	}

	/** Its author takes it back, only before recognition. */
	void withdraw(Instant now) {
		checkWithdrawable();
		moveTo(InitiativeStatus.WITHDRAWN, now);
	}

	/** Refuses a withdrawal once the initiative has been recognised, or before it was submitted. */
	void checkWithdrawable() {
		if (!withdrawable()) {
			throw ProblemException.conflict("initiative.withdraw.not-allowed", status);
		}
	}

	private boolean withdrawable() {
		return status.isWithdrawable() && recognitionDate == null;
	}

	/** the commendation finally granted, and by which unit; only a published initiative is commended. */
	void award(String award, String unitCode) {
		require(status == InitiativeStatus.PUBLISHED, "award");
		this.award = award;
		this.awardUnitCode = unitCode;
	}

	/** Before the council, not yet recognised: the council, or the rules after it, have still to decide. */
	private boolean awaitsCouncilDecision() {
		return status == InitiativeStatus.IN_COUNCIL_REVIEW && recognitionDate == null;
	}

	private void require(boolean allowed, String transition) {
		if (!allowed) {
			throw ProblemException.conflict("initiative.transition.not-allowed", status, transition);
		}
	}

	private void moveTo(InitiativeStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	/** Blank is nothing written. */
	static String stripped(String text) {
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

	/** Who invested in making it, when not its author (Circular 18/2013, Appendix I). */
	public String getInvestor() {
		return investor;
	}

	public String getFieldOfApplication() {
		return fieldOfApplication;
	}

	String confidentialContent() {
		return confidentialContent;
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

	public LocalDate getCreditedDateOfBirth() {
		return creditedDateOfBirth;
	}

	/** The key that counts distinct credited authors: the person ({@link PersonKey}), not their name. */
	public String creditedAuthorKey() {
		return PersonKey.of(creditedUsername, creditedName, creditedDateOfBirth);
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
		return authorUsername.equals(username) && withdrawable();
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
