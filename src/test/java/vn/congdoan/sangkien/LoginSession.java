package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


/**
 * A person at a browser: follows redirects, keeps cookies, and signs in on Keycloak's own login
 * page (OIDC authorization code with PKCE), as the demo users do.
 */
public class LoginSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final String baseUrl;

	private final LocalhostCookies cookies = new LocalhostCookies();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.ALWAYS)
		.build();

	public LoginSession(int port) {
		this("http://localhost:" + port);
	}

	public LoginSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Opens a page that needs a login, signs in on Keycloak's page, and returns where the user lands. */
	public HttpResponse<String> signInAt(String path, String username) throws IOException, InterruptedException {
		HttpResponse<String> loginPage = get(path);
		assertThat(loginPage.uri().toString()).as("Keycloak's login page").doesNotStartWith(baseUrl);
		Matcher form = FORM_ACTION.matcher(loginPage.body());
		assertThat(form.find()).as("a login form on Keycloak's page").isTrue();
		return http.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(KeycloakTokens.passwordOf(username), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The page as a browser that accepts gzip receives it: the bytes sent, still compressed. */
	public HttpResponse<byte[]> downloadCompressed(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A file the page links (a PDF, a spreadsheet), as bytes. */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends a form as the signed-in user's page would, with the CSRF token of one of their pages (every
	 * page carries one in its sign-out form).
	 */
	public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/my-initiatives").body());
		assertThat(token.find()).as("a CSRF token on the user's page").isTrue();
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1) + "&" + form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a file from a page's form (multipart, field {@code file}), with the CSRF token of the page at {@code page}. */
	public HttpResponse<String> postFile(String page, String path, String fileName, byte[] content)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(page).body());
		assertThat(token.find()).as("a CSRF token on the user's page").isTrue();
		String boundary = "----sangkien" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a request the test built itself, in this browser: with its cookies, following redirects. */
	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The value of a cookie the platform set in this browser (its session's), or null. */
	public String cookie(String name) {
		URI platform = URI.create(baseUrl);
		return cookies.byHost.getOrDefault(platform.getHost() + ":" + platform.getPort(), Map.of()).get(name);
	}

	/**
	 * Cookies as a browser keeps them for http://localhost. Java's CookieManager never sends a cookie
	 * marked Secure over plain http; browsers treat localhost as a secure context and do, and Keycloak
	 * marks its login cookies Secure.
	 */
	private static final class LocalhostCookies extends CookieHandler {

		private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
			Map<String, String> cookies = byHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
			if (cookies.isEmpty()) {
				return Map.of();
			}
			return Map.of("Cookie", List.of(cookies.entrySet().stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; "))));
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) {
			Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
					host -> new ConcurrentHashMap<>());
			responseHeaders.forEach((header, values) -> {
				if ("Set-Cookie".equalsIgnoreCase(header)) {
					values.forEach(value -> keep(cookies, value));
				}
			});
		}

		private static void keep(Map<String, String> cookies, String setCookie) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
	}
}
