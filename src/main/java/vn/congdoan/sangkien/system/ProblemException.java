package vn.congdoan.sangkien.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * A request the platform refuses, told to the user as a problem detail (RFC 9457): a stable English
 * {@code code} for programs, and the message of that code from {@code messages*.properties} (Vietnamese
 * by default) for people. The code is also the message key.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final transient Object[] arguments;

	private final transient List<FieldProblem> fieldProblems;

	private final Duration retryAfter;

	public ProblemException(HttpStatus status, String code, Object... arguments) {
		this(status, code, List.of(), null, arguments);
	}

	private ProblemException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Duration retryAfter,
			Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments;
		this.fieldProblems = List.copyOf(fieldProblems);
		this.retryAfter = retryAfter;
	}

	/** A request refused for what is wrong in its fields, each told on its own. */
	public static ProblemException invalidFields(String code, List<FieldProblem> fieldProblems) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, fieldProblems, null);
	}

	public static ProblemException badRequest(String code, Object... arguments) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, arguments);
	}

	public static ProblemException forbidden(String code, Object... arguments) {
		return new ProblemException(HttpStatus.FORBIDDEN, code, arguments);
	}

	public static ProblemException notFound(String code, Object... arguments) {
		return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static ProblemException conflict(String code, Object... arguments) {
		return new ProblemException(HttpStatus.CONFLICT, code, arguments);
	}

	/** Too many requests from one client: it may ask again after {@code retryAfter} (header Retry-After). */
	public static ProblemException tooManyRequests(String code, Duration retryAfter, Object... arguments) {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, List.of(), retryAfter, arguments);
	}

	/** The platform cannot answer now (busy, or the answer took too long): try again after {@code retryAfter}. */
	public static ProblemException unavailable(String code, Duration retryAfter, Object... arguments) {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, code, List.of(), retryAfter, arguments);
	}

	/** The refusal behind an engine exception, when a listener or delegate refused (Camunda wraps what they throw). */
	public static java.util.Optional<ProblemException> causeOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return java.util.Optional.of(problem);
			}
		}
		return java.util.Optional.empty();
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** When the client may ask again, for a refusal that passes (429, 503). */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** The value of the Retry-After header: whole seconds, at least one. */
	public static long retryAfterSeconds(Duration retryAfter) {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}
}
