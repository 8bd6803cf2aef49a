package vn.congdoan.sangkien.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * Signing in while Keycloak is down says so on a page of the platform, instead of sending the browser to a
 * server that does not answer. Keycloak is asked at most once per {@link #REMEMBERED} whether its realm
 * answers; the public pages never ask it.
 */
class SignInAvailability extends OncePerRequestFilter {

	static final String SIGN_IN = "/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION;

	static final String UNAVAILABLE = "/sign-in-unavailable";

	private static final Duration REMEMBERED = Duration.ofSeconds(10);

	private static final Duration WAIT = Duration.ofSeconds(2);

	private final URI realm;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

	private final Clock clock = Clock.systemUTC();

	private final AtomicReference<Answer> last = new AtomicReference<>(new Answer(true, Instant.MIN));

	SignInAvailability(IdentitySettings settings) {
		this.realm = URI.create(settings.keycloak().url() + "/realms/" + settings.keycloak().realm());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (keycloakAnswers()) {
			chain.doFilter(request, response);
		}
		else {
			request.getRequestDispatcher(UNAVAILABLE).forward(request, response);
		}
	}

	private boolean keycloakAnswers() {
		Answer answer = last.get();
		if (answer.at().plus(REMEMBERED).isAfter(clock.instant())) {
			return answer.up();
		}
		boolean up;
		try {
			up = http.send(HttpRequest.newBuilder(realm).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException e) {
			up = false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			up = false;
		}
		last.set(new Answer(up, clock.instant()));
		return up;
	}

	private record Answer(boolean up, Instant at) {
	}

	/** The page the filter shows: a 503 in the page's language, with the public pages still there. */
	@Pages
	static class UnavailablePage {

		@GetMapping(UNAVAILABLE)
		String unavailable() {
			throw ProblemException.unavailable("auth.keycloak-unavailable", REMEMBERED);
		}
	}
}
