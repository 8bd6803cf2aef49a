package vn.congdoan.sangkien.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A form's text that must hold a whole number as people type it ({@link WrittenNumbers}: 300.000,
 * 300 000, 300000), no larger than {@link #max()}. Blank is not a number: the field is required.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {

	long max() default Long.MAX_VALUE;

	String message() default "{validation.WholeNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
