package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@DisplayName("A request body over the limit is refused with 413 before it is parsed; uploads and form posts keep their own limit")
class RequestBodyLimitTest {

	// As Spring Boot configures it: a problem detail's properties at the top level.
	static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

	final RequestBodyLimit limit = new RequestBodyLimit(
			new SystemSettings(null, null, null, new SystemSettings.Requests(DataSize.ofKilobytes(1))), problems());

	@Test
	@DisplayName("a JSON body declaring more than the limit gets 413 with a problem detail, and reaches nothing")
	void declaredTooLarge() throws Exception {
		MockHttpServletRequest request = json("{\"title\":\"" + "a".repeat(1100) + "\"}");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<HttpServletRequest> reached = new AtomicReference<>();

		limit.doFilter(request, response, (req, res) -> reached.set((HttpServletRequest) req));

		assertThat(reached).hasNullValue();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsByteArray());
		assertThat(problem.path("code").asText()).isEqualTo("request.too-large");
		assertThat(problem.path("detail").asText()).isEqualTo("Nội dung gửi lên vượt quá 1 KB.");
	}

	@Test
	@DisplayName("a body within the limit passes untouched")
	void withinLimit() throws Exception {
		MockHttpServletRequest request = json("{\"title\":\"Máy cắt\"}");
		MockHttpServletResponse response = new MockHttpServletResponse();

		limit.doFilter(request, response, (req, res) -> assertThat(read((HttpServletRequest) req)).containsEntry("title",
				"Máy cắt"));

		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("a chunked body (no declared length) is refused with 413 by the read that crosses the limit")
	void chunkedTooLarge() throws Exception {
		byte[] body = ("{\"title\":\"" + "a".repeat(1100) + "\"}").getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/initiatives") {
			@Override
			public ServletInputStream getInputStream() {
				return new DelegatingServletInputStream(new ByteArrayInputStream(body));
			}
		};
		chunked.setContentType("application/json");
		assertThat(chunked.getContentLengthLong()).isEqualTo(-1);

		FilterChain parse = (req, res) -> read((HttpServletRequest) req);

		assertThatThrownBy(() -> limit.doFilter(chunked, new MockHttpServletResponse(), parse))
			.isInstanceOfSatisfying(ProblemException.class, refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
				assertThat(refused.code()).isEqualTo("request.too-large");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data; boundary=x", "application/x-www-form-urlencoded;charset=UTF-8" })
	@DisplayName("a file upload and a page's form post are left to their own limits (multipart; Tomcat's 2 MB)")
	void uploadsAndFormsPass(String type) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/initiatives/7/attachments");
		request.setContentType(type);
		request.setContent(new byte[4096]);
		AtomicReference<HttpServletRequest> reached = new AtomicReference<>();

		limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set((HttpServletRequest) req));

		assertThat(reached).hasValue(request);
	}

	@Test
	@DisplayName("a form sent with PUT, which Tomcat does not limit, is held to the limit")
	void formPutLimited() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/initiatives/7");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent(new byte[1100]);
		MockHttpServletResponse response = new MockHttpServletResponse();

		limit.doFilter(request, response, (req, res) -> {
			throw new AssertionError("reached the application");
		});

		assertThat(response.getStatus()).isEqualTo(413);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(HttpServletRequest request) throws IOException {
		return (Map<String, Object>) new MappingJackson2HttpMessageConverter(JSON).read(Map.class,
				new ServletServerHttpRequest(request));
	}

	private static MockHttpServletRequest json(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/initiatives");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static Problems problems() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Problems(messages, JSON, new FixedLocaleResolver(Locale.forLanguageTag("vi")));
	}
}
