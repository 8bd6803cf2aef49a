package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

/**
 * The log lines of a request, encoded as production encodes them (the format application.yaml sets; the test
 * profile itself logs the readable pattern): captured from the running platform's own logger context.
 */
@PlatformTest
@DisplayName("Each log line of a request names the request, the user and their units, and nothing more personal")
class RequestLogTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String USER = "tacgia.hn";

	/** tacgia.hn's address in the demo realm (keycloak/sangkien-realm.json). */
	static final String EMAIL = "tacgia.hn@demo.sangkien.vn";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	KeycloakTokens tokens;

	@Autowired
	MockMvc mvc;

	@Autowired
	LoggingSystem loggingSystem;

	final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

	JsonLines lines;

	LogLevel accessLevel;

	@BeforeEach
	void captureProductionLines() {
		lines = new JsonLines(productionEncoder());
		lines.setContext(logback);
		lines.start();
		logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(lines);
		// The test profile keeps the access lines off, as dev does.
		accessLevel = loggingSystem.getLoggerConfiguration(RequestLog.ACCESS_LOGGER).getConfiguredLevel();
		loggingSystem.setLogLevel(RequestLog.ACCESS_LOGGER, LogLevel.INFO);
	}

	@AfterEach
	void stopCapturing() {
		loggingSystem.setLogLevel(RequestLog.ACCESS_LOGGER, accessLevel);
		logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(lines);
		lines.stop();
	}

	@Test
	@DisplayName("a signed-in API request: JSON lines with its id, the user name and the unit; no e-mail, no search words")
	void signedInRequest() {
		ResponseEntity<String> answer = exchange("/api/members/search?q=chuoitimkiembimat", "lb-7f3a.9_Z", USER);

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		assertThat(answer.getHeaders().getFirst(RequestLog.HEADER)).isEqualTo("lb-7f3a.9_Z");
		List<JsonNode> ofTheRequest = lines.of("lb-7f3a.9_Z");
		assertThat(ofTheRequest).as("the request's lines, the access line among them").isNotEmpty()
			.allSatisfy(line -> {
				assertThat(line.path("user").asText()).isEqualTo(USER);
				assertThat(line.path("unit").asText()).isEqualTo("CDCS-01-0001");
			});
		assertThat(ofTheRequest).filteredOn(line -> RequestLog.ACCESS_LOGGER.equals(line.path("logger_name").asText()))
			.singleElement()
			.satisfies(line -> assertThat(line.path("message").asText()).matches("GET /api/members/search 200 \\d+ ms"));
		assertThat(lines.all()).as("every line written meanwhile, of any thread")
			.noneMatch(line -> line.contains(EMAIL))
			.noneMatch(line -> line.contains("chuoitimkiembimat"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "an id with spaces", "\"quoted\"", "a123456789b123456789c123456789d123456789e123456789f123456789g1234" })
	@DisplayName("an X-Request-Id that could forge or bloat a line is replaced by a new id")
	void insaneIdReplaced(String asked) {
		ResponseEntity<String> answer = exchange("/api/public/initiatives", asked, null);

		String answered = answer.getHeaders().getFirst(RequestLog.HEADER);
		assertThat(answered).isNotEqualTo(asked).matches("[0-9a-f]{16}");
		assertThat(lines.of(answered)).isNotEmpty().allSatisfy(line -> assertThat(line.has("user")).isFalse());
	}

	@Test
	@DisplayName("a request without an id gets a new one; the next request on the same thread has neither its id nor its user")
	void nothingLeaksToTheNextRequest() throws Exception {
		MDC.clear();
		MvcResult signedIn = mvc.perform(get("/api/members/search").param("q", "nguyen")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken(USER))).andReturn();

		assertThat(MDC.getCopyOfContextMap()).as("the thread's MDC after the request").isNullOrEmpty();
		String first = signedIn.getResponse().getHeader(RequestLog.HEADER);
		assertThat(first).matches("[0-9a-f]{16}");
		assertThat(lines.of(first)).isNotEmpty().allSatisfy(line -> assertThat(line.path("user").asText()).isEqualTo(USER));

		MvcResult anonymous = mvc.perform(get("/api/public/initiatives")).andReturn();

		String second = anonymous.getResponse().getHeader(RequestLog.HEADER);
		assertThat(second).isNotEqualTo(first);
		assertThat(lines.of(second)).isNotEmpty()
			.allSatisfy(line -> assertThat(line.has("user") || line.has("unit")).isFalse());
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	@Test
	@DisplayName("a refusal's problem detail carries the request's id, for the API's own refusals and the security's")
	void problemDetailsCarryTheId() throws Exception {
		ResponseEntity<String> notFound = exchange("/api/initiatives/999999999", "ask-1", USER);
		ResponseEntity<String> unauthenticated = exchange("/api/initiatives/999999999", "ask-2", null);

		assertThat(notFound.getStatusCode().value()).isEqualTo(404);
		assertThat(JSON.readTree(notFound.getBody()).path("requestId").asText()).isEqualTo("ask-1");
		assertThat(unauthenticated.getStatusCode().value()).isEqualTo(401);
		assertThat(JSON.readTree(unauthenticated.getBody()).path("requestId").asText()).isEqualTo("ask-2");
	}

	@Test
	@DisplayName("a failure nobody handled: the 500 page shows the request's id (Mã yêu cầu), the API's JSON carries it")
	void failurePagesCarryTheId() throws Exception {
		String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestLog.ATTRIBUTE, "failed-1"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String json = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestLog.ATTRIBUTE, "failed-2"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Mã yêu cầu: failed-1").contains("Lỗi hệ thống");
		assertThat(JSON.readTree(json).path("requestId").asText()).isEqualTo("failed-2");
	}

	private ResponseEntity<String> exchange(String path, String requestId, String username) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(RequestLog.HEADER, requestId);
		if (username != null) {
			headers.setBearerAuth(tokens.accessToken(username));
		}
		return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** The encoder production's console has: the format application.yaml (no profile) sets. */
	private StructuredLogEncoder productionEncoder() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		String format = yaml.getObject().getProperty("logging.structured.format.console");
		assertThat(format).as("production's structured format").isNotBlank();
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(logback);
		encoder.setFormat(format);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();
		return encoder;
	}

	/** Each line as production would write it, encoded on the thread that logs it (its MDC then). */
	static final class JsonLines extends AppenderBase<ILoggingEvent> {

		private final StructuredLogEncoder encoder;

		private final List<String> written = new CopyOnWriteArrayList<>();

		JsonLines(StructuredLogEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		protected void append(ILoggingEvent event) {
			written.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
		}

		List<String> all() {
			return List.copyOf(written);
		}

		/** The lines of one request; each line must be one JSON object, or the test fails here. */
		List<JsonNode> of(String requestId) {
			return written.stream().map(JsonLines::parsed)
				.filter(line -> requestId.equals(line.path(RequestLog.REQUEST_ID).asText()))
				.toList();
		}

		private static JsonNode parsed(String line) {
			assertThat(line.indexOf('\n')).as("one line: " + line).isEqualTo(line.length() - 1);
			try {
				JsonNode node = JSON.readTree(line);
				assertThat(node.isObject()).as(line).isTrue();
				return node;
			}
			catch (IOException e) {
				throw new UncheckedIOException("Not a JSON line: " + line, e);
			}
		}
	}
}
