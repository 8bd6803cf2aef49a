package vn.congdoan.sangkien.initiative;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What an author writes (the recognition application of Circular 18/2013, Appendix I, and ).
 * A draft may be incomplete; {@link InitiativeRules} says what submission needs. What the author asks to keep
 * confidential only its authors and the reviewers of its unit read ({@link InitiativeAccess#confidentialContent}).
 */
public record InitiativeContent(
		InitiativeKind kind,
		@NotBlank @Size(max = 300) String title,
		@Size(max = 4000) String summary,
		@Size(max = 8000) String problem,
		@Size(max = 16000) String solution,
		@Size(max = 500) String applicationPlace,
		ApplicationMode applicationMode,
		LocalDate applicationDate,
		@PositiveOrZero Long benefitVnd,
		@Size(max = 4000) String nonMonetaryBenefit,
		@Size(max = 8000) String originStory,
		@Size(max = 500) String investor,
		@Size(max = 1000) String fieldOfApplication,
		@Size(max = 8000) String confidentialContent,
		@Valid @Size(max = 50) List<ContributorInput> contributors,
		@Size(max = 32) String unitCode) {

	public List<ContributorInput> contributorsOrNone() {
		return contributors == null ? List.of() : contributors;
	}

	/** The same content with its contributors as stored ({@link ContributorPersons}). */
	InitiativeContent withContributors(List<ContributorInput> stored) {
		return new InitiativeContent(kind, title, summary, problem, solution, applicationPlace, applicationMode,
				applicationDate, benefitVnd, nonMonetaryBenefit, originStory, investor, fieldOfApplication, confidentialContent,
				stored, unitCode);
	}
}
