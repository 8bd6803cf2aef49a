package vn.congdoan.sangkien.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.sangkien.LoginSession;

/**
 * What people read, one request after another: each page with a signed-in page session (Keycloak's
 * login form, as a browser), each API with a bearer token, the public ones anonymously.
 */
final class Reads {

	/** Without and with accents, one to three words of the benchmark's own titles. */
	static final List<String> SEARCHES = List.of("may", "máy", "may gap", "máy gấp", "may gap ao", "máy gấp áo");

	private static final String WARM_UP = "(warm-up)";

	private final String baseUrl;

	/** Its own latencies: only the reads are in them. */
	private final PlatformCalls calls;

	private final Map<String, LoginSession> sessions = new LinkedHashMap<>();

	Reads(String baseUrl, PlatformCalls calls) {
		this.baseUrl = baseUrl;
		this.calls = calls;
	}

	/** One read, its time recorded under the name given. */
	private interface Read {

		void once(String name);
	}

	/**
	 * @param busiestTeam a support-team user whose inbox is the fullest
	 * @param initiativeId a published initiative, with a timeline
	 * @param taskId an open task of {@code busiestTeam}
	 * @return the names of the reads, in the order measured; their times are in the calls' latencies
	 */
	List<String> measure(int warmUp, int samples, String busiestTeam, long initiativeId, String taskId) {
		Map<String, Read> reads = new LinkedHashMap<>();
		reads.put("page /my-initiatives (author's list)", page("tacgia.hn", "/my-initiatives"));
		reads.put("API /api/initiatives/mine (author's list)", api("tacgia.hn", "/api/initiatives/mine"));
		reads.put("page /inbox (" + busiestTeam + ")", page(busiestTeam, "/inbox"));
		reads.put("API /api/tasks?max=50 (" + busiestTeam + ")", api(busiestTeam, "/api/tasks?first=0&max=50"));
		reads.put("API /api/tasks?first=150&max=50 (" + busiestTeam + ")", api(busiestTeam, "/api/tasks?first=150&max=50"));
		reads.put("page /tasks/{id} (task page)", page(busiestTeam, "/tasks/" + taskId));
		reads.put("page /initiatives/{id} (with timeline)", page("tacgia.hn", "/initiatives/" + initiativeId));
		reads.put("API /api/initiatives/{id} (with timeline)", api("tacgia.hn", "/api/initiatives/" + initiativeId));
		for (String unit : List.of("TLD", "LDLD-01", "CDCS-01-0001")) {
			reads.put("page /dashboard?unit=" + unit, page("vanphong.tld", "/dashboard?unit=" + unit));
			reads.put("API /api/public/leaderboards/" + unit, api(null, "/api/public/leaderboards/" + unit + "?phase=PHASE_2"));
		}
		reads.put("page /leaderboards", api(null, "/leaderboards"));
		reads.put("API /api/public/leaderboards", api(null, "/api/public/leaderboards?phase=PHASE_2"));
		for (String q : SEARCHES) {
			String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
			reads.put("page /initiatives?q=" + q, api(null, "/initiatives?q=" + encoded));
			reads.put("API /api/public/initiatives?q=" + q, api(null, "/api/public/initiatives?q=" + encoded));
		}
		reads.forEach((name, read) -> {
			for (int i = 0; i < warmUp; i++) {
				read.once(WARM_UP);
			}
			for (int i = 0; i < samples; i++) {
				read.once(name);
			}
		});
		return List.copyOf(reads.keySet());
	}

	private Read api(String username, String path) {
		return name -> {
			try {
				calls.get(name, username, path);
			}
			catch (PlatformCalls.CallFailed e) {
				// Counted as an error of its read.
			}
		};
	}

	private Read page(String username, String path) {
		// Signed in at the first page the user reads: one their role may open.
		LoginSession session = sessions.computeIfAbsent(username, user -> signedIn(user, path));
		return name -> {
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = session.get(path);
				// A page that sends the user back to Keycloak's login lost its session: an error, not a fast page.
				if (response.statusCode() == 200 && response.uri().toString().startsWith(baseUrl)) {
					calls.latencies().record(name, System.nanoTime() - start);
				}
				else {
					calls.latencies().error(name);
				}
			}
			catch (IOException e) {
				calls.latencies().error(name);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		};
	}

	private LoginSession signedIn(String username, String path) {
		LoginSession session = new LoginSession(baseUrl);
		try {
			HttpResponse<String> landed = session.signInAt(path, username);
			if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(baseUrl)) {
				throw new IllegalStateException("Sign-in of " + username + " on the pages failed: landed on " + landed.uri());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Sign-in of " + username + " on the pages failed: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		return session;
	}
}
