package vn.congdoan.sangkien.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.ConcurrentChange;
import vn.congdoan.sangkien.system.DatabaseOutage;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.system.RequestLog;

/**
 * A refusal on a page is a page too: its status, and the message in the page's language. A page's
 * script (autosave, upload) gets the same refusal as JSON. Every feature's {@link Pages} are served,
 * the initiative's own as well.
 */
@ControllerAdvice(annotations = Pages.class)
class PageErrors {

	private final Problems problems;

	private final CurrentUser currentUser;

	PageErrors(Problems problems, CurrentUser currentUser) {
		this.problems = problems;
		this.currentUser = currentUser;
	}

	@ExceptionHandler(ProblemException.class)
	ModelAndView refused(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(e.status().value());
		e.retryAfter().ifPresent(after -> response.setHeader(HttpHeaders.RETRY_AFTER,
				String.valueOf(ProblemException.retryAfterSeconds(after))));
		Map<String, Object> model = new HashMap<>(Map.of("status", e.status().value(), "code", e.code(), "detail",
				problems.message(e.code(), e.arguments())));
		// The id the help desk finds the request's log lines by; the page shows it on a failure of ours (5xx).
		RequestLog.current().ifPresent(id -> model.put(RequestLog.REQUEST_ID, id));
		boolean fromScript = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				|| String.valueOf(request.getHeader("Accept")).startsWith("application/json");
		if (fromScript) {
			return new ModelAndView(new MappingJackson2JsonView(), model);
		}
		// An exception handler's model starts empty: the layout still says who is signed in (not "Đăng nhập").
		ModelAndView page = new ModelAndView("problem", model);
		currentUser.find().ifPresent(user -> page.addObject("user", user));
		return page;
	}

	/**
	 * A race lost to another request is a 409 page ("reload and try again"), as in the API; see ConcurrentChange.
	 * A database that does not answer is a 503 page, see DatabaseOutage.
	 */
	@ExceptionHandler({ ConcurrencyFailureException.class, PersistenceException.class, ProcessEngineException.class })
	ModelAndView concurrentChange(Exception e, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		ProblemException refusal = ProblemException.causeOf(e).orElse(null);
		if (refusal != null) {
			return refused(refusal, request, response);
		}
		if (DatabaseOutage.isCauseOf(e)) {
			return refused(DatabaseOutage.refusal(), request, response);
		}
		if (!ConcurrentChange.isCauseOf(e)) {
			throw e;
		}
		return refused(ProblemException.conflict(ConcurrentChange.CODE), request, response);
	}

	/** The database did not answer in time: a 503 page in the page's language, as the API's problem detail. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseOutage.isCauseOf(e)) {
			throw e;
		}
		return refused(DatabaseOutage.refusal(), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
		return refused(ProblemException.forbidden("auth.forbidden"), request, response);
	}
}
