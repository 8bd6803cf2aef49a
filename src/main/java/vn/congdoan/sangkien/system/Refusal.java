package vn.congdoan.sangkien.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * A refusal an operation of the REST API may answer, besides those every operation has (token, role, body):
 * its status and the stable code of its problem detail. {@link RefusalDocumentation} turns it into a response
 * of /api-docs whose example is the code's Vietnamese message, so the document cannot drift from the messages.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(Refusals.class)
public @interface Refusal {

	HttpStatus status();

	String code();
}
