package vn.congdoan.sangkien.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives each request an id that every log line written while it is handled carries ({@code requestId} in the
 * MDC), answers it in {@code X-Request-Id} (and in the problem details and the 5xx pages, for the help desk),
 * and writes one access line per request to the logger {@value #ACCESS_LOGGER}. It is the outermost filter: the
 * MDC it leaves is the one it found, so that nothing set during the request (the identity's {@code user} and
 * {@code unit}, which the access line still names) reaches the next request on the same thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** The MDC key, the problem details' property and the error pages' model attribute. */
	public static final String REQUEST_ID = "requestId";

	/** One line per request, INFO; its level is set like any logger's ({@code logging.level.sangkien.requests}). */
	static final String ACCESS_LOGGER = "sangkien.requests";

	/**
	 * An id a proxy or a client chose is kept when it cannot forge a log line or bloat it: a load balancer's id
	 * then names the same request in its log and in ours.
	 */
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** The request's id, also during its error dispatch (the container's /error), where the MDC is gone. */
	static final String ATTRIBUTE = RequestLog.class.getName() + ".id";

	private static final Log ACCESS = LogFactory.getLog(ACCESS_LOGGER);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The id of the request the current thread handles, if it handles one. */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(REQUEST_ID));
	}

	/** The container's error dispatch of a failed request keeps the request's id: its lines belong to the request. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String> found = MDC.getCopyOfContextMap();
		String id = request.getAttribute(ATTRIBUTE) instanceof String dispatched ? dispatched : idOf(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		MDC.put(REQUEST_ID, id);
		response.setHeader(HEADER, id);
		long started = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (request.getDispatcherType() != DispatcherType.ERROR && ACCESS.isInfoEnabled()) {
				// An exception that leaves the chain becomes the container's 500 only after this filter.
				ACCESS.info(request.getMethod() + " " + route(request) + " " + (failed ? 500 : response.getStatus()) + " "
						+ (System.nanoTime() - started) / 1_000_000 + " ms");
			}
			if (found == null) {
				MDC.clear();
			}
			else {
				MDC.setContextMap(found);
			}
		}
	}

	static String idOf(String asked) {
		return asked != null && SANE.matcher(asked).matches() ? asked : HexFormat.of().formatHex(randomBytes());
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The route's pattern ({@code /api/initiatives/{id}}) where Spring MVC answered, else the path; never the query
	 * string, which may hold a search's words.
	 */
	private static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return pattern != null ? pattern.toString() : request.getRequestURI();
	}
}
