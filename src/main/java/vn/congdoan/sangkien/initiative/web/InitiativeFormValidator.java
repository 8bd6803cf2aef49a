package vn.congdoan.sangkien.initiative.web;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.congdoan.sangkien.initiative.InitiativeContent;

/**
 * What the author typed, checked before the initiative service sees it: a date, an amount or a share
 * that does not read, then the content's own constraints ({@link InitiativeContent}). Each problem is
 * rejected with the code of its message and the field as its argument, which the page names by its
 * label. What a draft needs to be submitted is the service's to say.
 */
class InitiativeFormValidator implements Validator {

	private final jakarta.validation.Validator constraints;

	InitiativeFormValidator(jakarta.validation.Validator constraints) {
		this.constraints = constraints;
	}

	@Override
	public boolean supports(Class<?> type) {
		return InitiativeForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		InitiativeForm draft = (InitiativeForm) target;
		InitiativeContent content = draft.content();
		List<InitiativeForm.Row> contributors = draft.getContributors();
		for (int i = 0; i < contributors.size(); i++) {
			rejectUnreadable("contributors[" + i + "].sharePercent", contributors.get(i).getSharePercent(),
					InitiativeForm::share, "page.draft.share-unreadable", errors);
			if (!contributors.get(i).isMember()) {
				rejectUnreadable("contributors[" + i + "].dateOfBirth", contributors.get(i).getDateOfBirth(),
						InitiativeForm::dateOfBirth, "page.draft.date-of-birth-unreadable", errors);
			}
		}
		rejectUnreadable("applicationDate", draft.getApplicationDate(), InitiativeForm::date, "page.draft.date-unreadable",
				errors);
		rejectUnreadable("benefitVnd", draft.getBenefitVnd(), InitiativeForm::amount, "page.draft.amount-unreadable", errors);
		for (ConstraintViolation<InitiativeContent> violation : constraints.validate(content)) {
			String field = violation.getPropertyPath().toString();
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "validation." + constraint, new Object[] { field }, null);
			}
		}
	}

	private static void rejectUnreadable(String field, String text, Function<String, ?> reading, String code,
			Errors errors) {
		if (!InitiativeForm.blank(text) && reading.apply(text) == null) {
			errors.rejectValue(field, code);
		}
	}
}
