package vn.congdoan.sangkien.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of the platform's pages (Thymeleaf), wherever its feature lives, as opposed to the REST
 * API's {@code @RestController}s: the pages' advice in {@code web} gives its layout the signed-in user and
 * turns its refusals into pages, as {@link ApiExceptionHandler} turns the API's into problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Pages {
}
