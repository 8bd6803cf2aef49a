package vn.congdoan.sangkien.initiative;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.congdoan.sangkien.membership.TargetGroup;

/** A contributor as the author enters it. */
public record ContributorInput(
		@NotBlank @Size(max = 255) String fullName,
		@Size(max = 255) String username,
		@NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
		Boolean leader,
		@NotNull TargetGroup targetGroup) {
}
