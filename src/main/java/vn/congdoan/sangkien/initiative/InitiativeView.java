package vn.congdoan.sangkien.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.congdoan.sangkien.membership.TargetGroup;

/**
 * An initiative as the API shows it, with its timeline when asked for one initiative; its confidential content
 * only for whom {@link InitiativeAccess#confidentialContent} gives it to, null for everyone else.
 */
public record InitiativeView(long id, long version, InitiativeStatus status, InitiativeKind kind, String title,
		String summary, String problem, String solution, String applicationPlace, ApplicationMode applicationMode,
		LocalDate applicationDate, Long benefitVnd, String nonMonetaryBenefit, String originStory, String investor,
		String fieldOfApplication, String confidentialContent, List<ContributorView> contributors, String creditedAuthor, String unitCode, String author,
		LocalDate recognitionDate, String phase, Instant portalUploadedAt, String portalReference, String award,
		String awardUnit, Instant createdAt,
		Instant submittedAt, List<AttachmentView> attachments, List<TimelineEntry> timeline) {

	static InitiativeView of(Initiative initiative, String confidentialContent) {
		return of(initiative, confidentialContent, List.of(), List.of());
	}

	static InitiativeView of(Initiative i, String confidentialContent, List<AttachmentView> attachments,
			List<TimelineEntry> timeline) {
		return new InitiativeView(i.getId(), i.getVersion(), i.getStatus(), i.getKind(), i.getTitle(), i.getSummary(),
				i.getProblem(), i.getSolution(), i.getApplicationPlace(), i.getApplicationMode(), i.getApplicationDate(),
				i.getBenefitVnd(), i.getNonMonetaryBenefit(), i.getOriginStory(), i.getInvestor(),
				i.getFieldOfApplication(), confidentialContent, i.getContributors().stream().map(ContributorView::of).toList(), i.getCreditedName(), i.getUnitCode(),
				i.getAuthorUsername(), i.getRecognitionDate(), i.getPhaseCode(), i.getPortalUploadedAt(),
				i.getPortalReference(), i.getAward(), i.getAwardUnitCode(), i.getCreatedAt(), i.getSubmittedAt(), attachments, timeline);
	}

	/** A contributor as entered: a member's account, or a person's date of birth, which an edit sends back. */
	public record ContributorView(String fullName, String username, BigDecimal sharePercent, boolean leader,
			TargetGroup targetGroup, LocalDate dateOfBirth, String workplace, String jobTitle, String qualification) {

		static ContributorView of(Contributor c) {
			return new ContributorView(c.getFullName(), c.getUsername(), c.getSharePercent(), c.isLeader(),
					c.getTargetGroup(), c.getDateOfBirth(), c.getWorkplace(), c.getJobTitle(), c.getQualification());
		}
	}

	public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
			boolean confidential, String uploadedBy, Instant uploadedAt) {
	}

	public record TimelineEntry(String step, String outcome, String reason, String actor, String actorName,
			String actorRoles, Instant at) {

		static TimelineEntry of(Decision d) {
			return new TimelineEntry(d.getStep(), d.getOutcome(), d.getReason(), d.getActor(), d.getActorName(),
					d.getActorRoles(), d.getDecidedAt());
		}
	}
}
