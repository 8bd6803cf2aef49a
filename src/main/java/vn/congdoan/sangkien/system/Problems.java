package vn.congdoan.sangkien.system;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Builds the problem details of the platform, in the language of the request. */
@Component
public class Problems {

	private final MessageSource messages;

	private final ObjectMapper json;

	private final LocaleResolver locales;

	public Problems(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	public ProblemDetail of(HttpStatus status, String code, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code, arguments));
		problem.setType(URI.create("urn:sangkien:problem:" + code));
		problem.setTitle(messages.getMessage("problem.status." + status.value(), null,
				message(status.is5xxServerError() ? "problem.server" : "problem.client"), LocaleContextHolder.getLocale()));
		problem.setProperty("code", code);
		// The id the help desk finds the request's log lines by (system.RequestLog).
		RequestLog.current().ifPresent(id -> problem.setProperty(RequestLog.REQUEST_ID, id));
		return problem;
	}

	public ProblemDetail of(ProblemException e) {
		ProblemDetail problem = of(e.status(), e.code(), e.arguments());
		if (!e.fieldProblems().isEmpty()) {
			problem.setProperty("errors", e.fieldProblems().stream().map(this::describe).toList());
		}
		if (e instanceof RowsRefused refused) {
			problem.setProperty("rows", refused.shown().stream().map(this::describe).toList());
			problem.setProperty("rowProblemCount", refused.total());
		}
		return problem;
	}

	/**
	 * A row's problem in an imported file as the API and the page show it: row, column (and its label), code,
	 * the reason alone and the whole sentence (the row number as Excel shows it, without thousands separators).
	 */
	public Map<String, Object> describe(RowProblem row) {
		String label = message("import.column." + row.column());
		String reason = message(row.code(), row.arguments());
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("row", row.row());
		described.put("column", row.column());
		described.put("columnLabel", label);
		described.put("code", row.code());
		described.put("reason", reason);
		described.put("message", message("import.row", String.valueOf(row.row()), label, reason));
		return described;
	}

	/** A field's problem as the API shows it: field, code and message. */
	public Map<String, String> describe(FieldProblem field) {
		return Map.of("field", field.field(), "code", field.code(), "message", message(field.code(), field.arguments()));
	}

	public String message(String code, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, written(arguments), code, locale);
	}

	/** Dates and moments in a message as people write them here: 01/03/2022, 07:00 01/06/2023 (not 2022-03-01). */
	private static Object[] written(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		Object[] written = arguments.clone();
		for (int i = 0; i < written.length; i++) {
			if (written[i] instanceof LocalDate day) {
				written[i] = ProgrammeTime.day(day);
			}
			else if (written[i] instanceof Instant moment) {
				written[i] = ProgrammeTime.moment(moment);
			}
		}
		return written;
	}

	/** For the places outside Spring MVC (the security filters) that must answer with a problem too. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... arguments) throws IOException {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), of(status, code, arguments));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}
}
