package vn.congdoan.sangkien.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reads the text as {@link WrittenNumbers#wholeNumber(String)} does, so that what passes is what the page reads. */
class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

	private long max;

	@Override
	public void initialize(WholeNumber constraint) {
		this.max = constraint.max();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		Long number = WrittenNumbers.wholeNumber(text);
		return number != null && number <= max;
	}
}
