package vn.congdoan.sangkien.web;

import jakarta.validation.constraints.NotBlank;

import vn.congdoan.sangkien.system.WholeNumber;
import vn.congdoan.sangkien.system.WrittenNumbers;

/**
 * A target as the VGCL Office types it on its page: a unit, a period, and a count written as people write
 * numbers (300.000). Whether the unit and the period may have a target is {@code Targets}' to say.
 */
record TargetForm(@NotBlank String unitCode, @NotBlank String period,
		@WholeNumber(max = Integer.MAX_VALUE, message = "{page.office.count-unreadable}") String count) {

	/** The office's default: the national target of the current phase. */
	static TargetForm empty(String nationalUnit, String currentPhase) {
		return new TargetForm(nationalUnit, currentPhase, null);
	}

	/** The count, once valid. */
	int initiatives() {
		return WrittenNumbers.wholeNumber(count).intValue();
	}
}
