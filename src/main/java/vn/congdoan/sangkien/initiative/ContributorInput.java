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
 * ({@link ContributorPersons} says which is missing).
 */
public record ContributorInput(
		@Size(max = 255) String fullName,
		@Size(max = 255) String username,
		@NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
		Boolean leader,
		TargetGroup targetGroup,
		LocalDate dateOfBirth) {

	/** A member picked by their account; the rest comes from the register. */
	public static ContributorInput member(String username, BigDecimal sharePercent, boolean leader) {
		return new ContributorInput(null, username, sharePercent, leader, null, null);
	}

	/** A person without an account. */
	public static ContributorInput person(String fullName, LocalDate dateOfBirth, TargetGroup targetGroup,
			BigDecimal sharePercent, boolean leader) {
		return new ContributorInput(fullName, null, sharePercent, leader, targetGroup, dateOfBirth);
	}
}
