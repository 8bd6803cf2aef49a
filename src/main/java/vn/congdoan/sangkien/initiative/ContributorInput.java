package vn.congdoan.sangkien.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.congdoan.sangkien.membership.TargetGroup;

/**
 * A contributor as the author enters it: a member picked by their account, whose name and target group
 * the register gives, or a person without an account, with their full name, date of birth and target group
 * ({@link ContributorPersons} says which is missing). Either may add their workplace, title and qualification, as
 * the recognition application of Circular 18/2013 lists them.
 */
public record ContributorInput(
		@Size(max = 255) String fullName,
		@Size(max = 255) String username,
		@NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
		Boolean leader,
		TargetGroup targetGroup,
		LocalDate dateOfBirth,
		@Size(max = 255) String workplace,
		@Size(max = 255) String jobTitle,
		@Size(max = 255) String qualification) {

	/** A member picked by their account; the rest comes from the register. */
	public static ContributorInput member(String username, BigDecimal sharePercent, boolean leader) {
		return new ContributorInput(null, username, sharePercent, leader, null, null, null, null, null);
	}

	/** A person without an account. */
	public static ContributorInput person(String fullName, LocalDate dateOfBirth, TargetGroup targetGroup,
			BigDecimal sharePercent, boolean leader) {
		return new ContributorInput(fullName, null, sharePercent, leader, targetGroup, dateOfBirth, null, null, null);
	}

	/** The same contributor with where they work, their title and their qualification (Circular 18/2013). */
	public ContributorInput at(String workplace, String jobTitle, String qualification) {
		return new ContributorInput(fullName, username, sharePercent, leader, targetGroup, dateOfBirth, workplace, jobTitle,
				qualification);
	}
}
