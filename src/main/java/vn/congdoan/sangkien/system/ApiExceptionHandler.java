package vn.congdoan.sangkien.system;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the REST API as a problem detail with a stable code and a message in the user's
 * language (Vietnamese unless the request asks for English).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> refused(ProblemException e) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
		e.retryAfter().ifPresent(after -> response.header(HttpHeaders.RETRY_AFTER,
				String.valueOf(ProblemException.retryAfterSeconds(after))));
		return response.body(problems.of(e));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return withField(problems.of(HttpStatus.BAD_REQUEST, "request.unknown-field", unknown.getPropertyName()),
					unknown.getPropertyName());
		}
		if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
			String field = fieldPath((JsonMappingException) cause);
			if (!field.isEmpty()) {
				return withField(problems.of(HttpStatus.BAD_REQUEST, "request.wrong-type", field), field);
			}
		}
		return problems.of(HttpStatus.BAD_REQUEST, "request.malformed");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "request.invalid");
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
		return withField(problems.of(HttpStatus.BAD_REQUEST, "request.wrong-type", e.getName()), e.getName());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
		return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail unsupportedMethod(HttpRequestMethodNotSupportedException e) {
		return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noSuchPath(NoResourceFoundException e) {
		return problems.of(HttpStatus.NOT_FOUND, "request.not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problems.of(HttpStatus.FORBIDDEN, "auth.forbidden");
	}

	/**
	 * A race lost to another request (JPA version, lock, deadlock, serialization, the engine's own optimistic
	 * lock) is a 409. The engine wraps what a delegate refused: that refusal is the answer. A database that does
	 * not answer is a 503 ({@link DatabaseOutage}). Any other engine or database failure is left to the container
	 * (a 500 that discloses nothing).
	 */
	@ExceptionHandler({ ConcurrencyFailureException.class, PersistenceException.class, ProcessEngineException.class })
	ResponseEntity<ProblemDetail> concurrentChange(Exception e) throws Exception {
		ProblemException refusal = ProblemException.causeOf(e).orElse(null);
		if (refusal != null) {
			return refused(refusal);
		}
		if (DatabaseOutage.isCauseOf(e)) {
			return refused(DatabaseOutage.refusal());
		}
		if (!ConcurrentChange.isCauseOf(e)) {
			throw e;
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.of(HttpStatus.CONFLICT, ConcurrentChange.CODE));
	}

	/** The database did not answer in time (stopped, restarting): a 503 to retry, see {@link DatabaseOutage}. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) throws Exception {
		if (!DatabaseOutage.isCauseOf(e)) {
			throw e;
		}
		return refused(DatabaseOutage.refusal());
	}

	private Map<String, String> fieldError(FieldError error) {
		String constraint = error.getCode() == null ? "Invalid" : error.getCode();
		return problems.describe(new FieldProblem(error.getField(), "validation." + constraint, error.getField()));
	}

	private static String fieldPath(JsonMappingException e) {
		return e.getPath().stream()
			.map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("");
	}

	private static ProblemDetail withField(ProblemDetail problem, String field) {
		problem.setProperty("field", field);
		return problem;
	}
}
