package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Every door of the platform and who may pass it. The table {@code doors.tsv} (test resources) names, for each
 * endpoint of the API and each page, requests and the answer each caller gets; this test sends them all, over HTTP,
 * with real Keycloak tokens (API) and real sign-ins (pages), and fails on any other answer. It also fails when
 * Spring MVC has an endpoint the table does not ask (a new endpoint needs its rows) or when a row asks one that is
 * no more, so that no door goes untested.
 */
@PlatformTest
@DisplayName("Every door: each endpoint and page answers each caller as the door table says")
class DoorsTest {

	private static final String ANONYMOUS = "anonymous";

	private static final String LOGIN = "login";

	/**
	 * Endpoints that are not the platform's: springdoc's API document and Swagger UI (public, tested by
	 * ApiDocumentationTest) and Spring Boot's error page (reached by forwarding, not by a link).
	 */
	private static final Set<String> NOT_OURS = Set.of("org.springdoc.",
			"org.springframework.boot.autoconfigure.web.servlet.error.");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	Steps steps;

	@Autowired
	TaskService taskService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, LoginSession> sessions = new HashMap<>();

	private final Map<String, String> csrfTokens = new HashMap<>();

	@Test
	@DisplayName("every endpoint of Spring MVC has rows for anonymous and at least three signed-in callers, and every row names an endpoint")
	void everyEndpointHasRows() throws IOException {
		Map<String, Set<String>> callersByEndpoint = new TreeMap<>();
		endpoints().forEach(endpoint -> callersByEndpoint.put(endpoint, new TreeSet<>()));
		List<String> unknown = new ArrayList<>();
		for (Door door : table()) {
			if (door.path().startsWith("/engine-rest/")) {
				continue;
			}
			String endpoint = endpointOf(door);
			if (endpoint == null || !callersByEndpoint.containsKey(endpoint)) {
				unknown.add(door.line());
			}
			else {
				callersByEndpoint.get(endpoint).addAll(door.answers().keySet());
			}
		}
		List<String> missing = callersByEndpoint.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().contains(ANONYMOUS) || entry.getValue().size() < 4)
			.map(entry -> entry.getKey() + " (asked of " + entry.getValue() + ")")
			.toList();
		assertThat(missing).as("endpoints without rows for anonymous and three signed-in callers in doors.tsv").isEmpty();
		assertThat(unknown).as("rows of doors.tsv that name no endpoint").isEmpty();
	}

	@Test
	@DisplayName("each caller gets the answer of the door table; refused writes change nothing")
	void everyDoorAnswersAsTheTableSays() throws Exception {
		Fixtures fixtures = new Fixtures();
		Map<String, String> witnessed = witnesses(fixtures);
		SoftAssertions softly = new SoftAssertions();
		for (Door door : table()) {
			String[] pathAndBody = fixtures.fill(door.path(), door.body());
			String path = pathAndBody[0];
			String body = pathAndBody[1];
			door.answers().forEach((caller, expected) -> softly.assertThat(answer(door.method(), path, body, caller))
				.as("%s %s as %s (line: %s)", door.method(), path, caller, door.line())
				.isEqualTo(expected));
		}
		witnesses(fixtures).forEach((witness, now) -> softly.assertThat(now)
			.as("%s, which only refused callers wrote to", witness)
			.isEqualTo(witnessed.get(witness)));
		softly.assertAll();
	}

	/** What the refused writes of the table aim at, read by those entitled to it (its own reads change nothing). */
	private Map<String, String> witnesses(Fixtures fixtures) {
		Map<String, String> witnesses = new LinkedHashMap<>();
		fixtures.get("attachment");
		for (String draftOrSubmitted : List.of("draft", "submitted")) {
			witnesses.put(draftOrSubmitted,
					api.get("tacgia.hn", "/api/initiatives/" + fixtures.get(draftOrSubmitted)).body().toString());
		}
		witnesses.put("commendation",
				api.get("tacgia.hn", "/api/initiatives/" + fixtures.get("commended") + "/commendation").body().toString());
		// The Office's settings and a union's roster of idea days, which refused callers asked to change.
		for (String read : List.of("/api/public/clusters", "/api/targets/CTTT-01-005/PHASE_1", "/api/targets/CDCS-01-0001/PHASE_1",
				"/api/programme/phases/PHASE_2/changes", "/api/office/sign-in-providers", "/api/public/collective-recognitions",
				"/api/units/CDCS-01-0001/idea-days")) {
			witnesses.put(read, api.get("vanphong.tld", read).body().toString());
		}
		for (String task : List.of("task", "uploadTask", "commendationTask", "ideaTask")) {
			Task now = taskService.createTaskQuery().taskId(fixtures.get(task)).singleResult();
			witnesses.put(task, now == null ? "gone" : "assignee " + now.getAssignee());
		}
		return witnesses;
	}

	private String answer(String method, String path, String body, String caller) {
		try {
			if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
				return String.valueOf(send(request(method, path, body, null), caller).statusCode());
			}
			return page(method, path, body, caller);
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(method + " " + path + " as " + caller, e);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String caller) throws IOException, InterruptedException {
		if (!caller.equals(ANONYMOUS)) {
			request.header("Authorization", "Bearer " + tokens.accessToken(caller));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A page asked in the caller's browser: {@code login} when it sent them to Keycloak's login page. A form is
	 * sent with the CSRF token of the caller's session (an anonymous browser has none).
	 */
	private String page(String method, String path, String body, String caller) throws IOException, InterruptedException {
		LoginSession session = session(caller);
		HttpRequest.Builder request = request(method, path, body, caller.equals(ANONYMOUS) ? null : csrfToken(caller));
		HttpResponse<String> response = session.send(request);
		return response.uri().toString().startsWith(session.baseUrl()) ? String.valueOf(response.statusCode()) : LOGIN;
	}

	private LoginSession session(String caller) throws IOException, InterruptedException {
		LoginSession session = sessions.get(caller);
		if (session == null) {
			session = new LoginSession(port);
			if (!caller.equals(ANONYMOUS)) {
				assertThat(session.signInAt("/my-initiatives", caller).statusCode()).as("%s signs in", caller).isEqualTo(200);
			}
			sessions.put(caller, session);
		}
		return session;
	}

	private String csrfToken(String caller) throws IOException, InterruptedException {
		String token = csrfTokens.get(caller);
		if (token == null) {
			Matcher found = CSRF.matcher(session(caller).get("/my-initiatives").body());
			assertThat(found.find()).as("a CSRF token on %s's page", caller).isTrue();
			token = found.group(1);
			csrfTokens.put(caller, token);
		}
		return token;
	}

	/**
	 * The request of a row: no body ({@code -}), JSON ({@code {...}}), a form ({@code form:a=1&b=2}) or a file
	 * ({@code file:name.png}; {@code xhr-file:} as the page's script sends it).
	 */
	private HttpRequest.Builder request(String method, String path, String body, String csrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		if (body.equals("-")) {
			return request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		if (body.startsWith("form:")) {
			return request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(body.substring("form:".length())));
		}
		if (body.startsWith("file:") || body.startsWith("xhr-file:")) {
			if (body.startsWith("xhr-")) {
				request.header("X-Requested-With", "XMLHttpRequest");
			}
			String boundary = "----doors" + System.nanoTime();
			return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, body.substring(body.indexOf(':') + 1))));
		}
		return request.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
	}

	private static byte[] multipart(String boundary, String fileName) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + (fileName.endsWith(".png") ? "image/png" : "text/csv") + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(fileName.endsWith(".png") ? InitiativeDrafts.PNG : "ma,ten\n".getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** Each HTTP method and path pattern of the platform's handler methods, with the method that answers it. */
	private List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (NOT_OURS.stream().noneMatch(handler.getBeanType().getName()::startsWith)) {
				info.getMethodsCondition().getMethods().forEach(method -> info.getPatternValues()
					.forEach(pattern -> endpoints.add(endpoint(method.name(), pattern, handler))));
			}
		});
		return endpoints;
	}

	private static String endpoint(String method, String pattern, HandlerMethod handler) {
		return method + " " + pattern + " -> " + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
	}

	/** The endpoint Spring MVC would choose for a row's request (params and headers count), or null. */
	private String endpointOf(Door door) {
		String path = PLACEHOLDER.matcher(door.path()).replaceAll("1");
		String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
		MockHttpServletRequest request = new MockHttpServletRequest(door.method(), path.replaceFirst("\\?.*", ""));
		request.setQueryString(query);
		String form = door.body().startsWith("form:") ? door.body().substring("form:".length()) : "";
		for (String pair : (query + "&" + form).split("&")) {
			if (!pair.isEmpty()) {
				String[] nameAndValue = pair.split("=", 2);
				request.addParameter(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
						nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
			}
		}
		if (door.body().contains("file:")) {
			request.setContentType("multipart/form-data; boundary=x");
			if (door.body().startsWith("xhr-")) {
				request.addHeader("X-Requested-With", "XMLHttpRequest");
			}
		}
		else if (door.body().startsWith("{")) {
			request.setContentType("application/json");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mappings.getHandler(request);
			if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
				return null;
			}
			return endpoint(door.method(), (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), handler);
		}
		catch (Exception noMatch) {
			return null;
		}
	}

	/** One row: a request and the answer of each caller, asked in the order written. */
	record Door(String line, String method, String path, String body, Map<String, String> answers) {
	}

	private static List<Door> table() throws IOException {
		List<Door> doors = new ArrayList<>();
		try (InputStream in = DoorsTest.class.getResourceAsStream("/doors.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t+");
				assertThat(columns).as("method, path, body and answers in: %s", line).hasSize(4);
				Map<String, String> answers = new LinkedHashMap<>();
				for (String cell : columns[3].trim().split(" +")) {
					String[] callerAndAnswer = cell.split("=", 2);
					assertThat(callerAndAnswer).as("caller=answer in: %s", line).hasSize(2);
					answers.put(callerAndAnswer[0], callerAndAnswer[1]);
				}
				doors.add(new Door(line, columns[0], columns[1], columns[2], answers));
			}
		}
		return doors;
	}

	/**
	 * What the rows' placeholders stand for, made when first named: {@code {draft}} and {@code {submitted}} are the
	 * Hà Nội author's, {@code {task}} the support team's task of {@code {submitted}}, {@code {commendationTask}} and
	 * {@code {ideaTask}} the first tasks of a commendation and of an idea of that union; only refused callers write to
	 * them. A name starting with {@code new} ({@code {newDraft}}, {@code {newTask}}) is made afresh for each row, for
	 * the callers whose write succeeds.
	 */
	private final class Fixtures {

		private final Map<String, String> made = new HashMap<>();

		private final Map<String, Supplier<String>> makers = Map.ofEntries(
				Map.entry("draft", () -> String.valueOf(InitiativeDrafts.draft(api, "tacgia.hn",
						InitiativeDrafts.complete("Bản nháp của cửa", "tacgia.hn", "Nguyễn Văn An")))),
				Map.entry("newDraft", () -> String.valueOf(InitiativeDrafts.draft(api, "tacgia.hn",
						InitiativeDrafts.complete("Bản nháp mới của cửa", "tacgia.hn", "Nguyễn Văn An")))),
				Map.entry("submitted", () -> String.valueOf(InitiativeDrafts.submitted(api, "tacgia.hn", "Cửa đã nộp"))),
				Map.entry("newSubmitted", () -> String.valueOf(InitiativeDrafts.submitted(api, "tacgia.hn", "Cửa mới nộp"))),
				Map.entry("task", () -> steps.taskOf(Long.parseLong(get("submitted")), "supportTeamReview").getId()),
				Map.entry("newTask", () -> steps.taskOf(Long.parseLong(get("newSubmitted")), "supportTeamReview").getId()),
				Map.entry("attachment", () -> api.upload("tacgia.hn", "/api/initiatives/" + get("draft") + "/attachments",
						"ban-ve.png", "image/png", InitiativeDrafts.PNG).body().path("id").asText()),
				Map.entry("content", () -> InitiativeDrafts.complete("Sửa từ cửa", "tacgia.hn", "Nguyễn Văn An")),
				Map.entry("published", () -> String.valueOf(steps.published("Cửa đã công bố"))),
				Map.entry("newPublished", () -> String.valueOf(steps.published("Cửa mới công bố"))),
				Map.entry("uploadTask", () -> steps.taskOf(steps.recognised("Cửa chờ đưa lên cổng"), "portalUpload").getId()),
				Map.entry("newUploadTask", () -> steps.taskOf(steps.recognised("Cửa mới chờ đưa lên cổng"), "portalUpload").getId()),
				Map.entry("commended", () -> {
					long published = steps.published("Cửa đã đề nghị khen thưởng");
					assertThat(api.post("canbo.hn", "/api/initiatives/" + published + "/commendation", null).statusCode())
						.isEqualTo(201);
					return String.valueOf(published);
				}),
				Map.entry("commendationTask", () -> steps.taskOf(Long.parseLong(get("commended")), "levelDecision").getId()),
				Map.entry("ideaTask", () -> taskService.createTaskQuery()
					.processDefinitionKey("ideaLifecycle")
					.processInstanceBusinessKey(get("idea"))
					.singleResult()
					.getId()),
				Map.entry("idea", () -> api.post("tacgia.hn", "/api/ideas", """
						{"title":"Ý tưởng của cửa","problem":"Máy cắt không có đèn báo","proposal":"Gắn đèn báo ở máy cắt"}""").body().path("id").asText()),
				// The support team hears of the submitted initiative once its task is made.
				Map.entry("notification", () -> {
					get("submitted");
					return await().until(() -> api.get("hotro.hn", "/api/notifications").body().path(0).path("id").asText(),
							id -> !id.isEmpty());
				}));

		String get(String name) {
			String value = made.get(name);
			if (value == null) {
				Supplier<String> maker = makers.get(name);
				assertThat(maker).as("a fixture named {%s}", name).isNotNull();
				value = maker.get();
				if (!name.startsWith("new")) {
					made.put(name, value);
				}
			}
			return value;
		}

		/** The texts of one row with its placeholders filled: a fresh fixture named twice in the row is the same one. */
		String[] fill(String... texts) {
			Map<String, String> ofThisRow = new HashMap<>();
			return Arrays.stream(texts)
				.map(text -> PLACEHOLDER.matcher(text)
					.replaceAll(placeholder -> Matcher.quoteReplacement(ofThisRow.computeIfAbsent(placeholder.group(1), this::get))))
				.toArray(String[]::new);
		}
	}
}
