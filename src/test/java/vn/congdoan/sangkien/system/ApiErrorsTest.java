package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Bad requests get a 400 (a body too large 413) problem detail with a stable code and a Vietnamese message, and store nothing")
class ApiErrorsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiClient api;

	long initiativesBefore;

	@BeforeEach
	void setUp() {
		initiativesBefore = initiativeCount();
	}

	@Test
	@DisplayName("malformed JSON")
	void malformedJson() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives", "{\"title\": \"Máy ");

		assertProblem(response, "request.malformed", "Nội dung gửi lên không đúng định dạng JSON.");
	}

	@Test
	@DisplayName("a field the API does not know")
	void unknownField() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives",
				"{\"title\":\"Máy cắt\",\"status\":\"PUBLISHED\"}");

		assertProblem(response, "request.unknown-field", "Trường \"status\" không được hỗ trợ.");
		assertThat(response.body().path("field").asText()).isEqualTo("status");
	}

	@Test
	@DisplayName("a value of the wrong type")
	void wrongType() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives", "{\"title\":[\"Máy cắt\"]}");

		assertProblem(response, "request.wrong-type", "Giá trị của trường \"title\" không đúng kiểu dữ liệu.");
	}

	@Test
	@DisplayName("a missing required field and a text over its limit, each named")
	void invalidFields() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives",
				"{\"title\":\"  \",\"summary\":\"" + "a".repeat(4001) + "\"}");

		assertProblem(response, "request.invalid", "Một số trường chưa hợp lệ, vui lòng kiểm tra lại.");
		assertThat(response.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title", "summary");
		assertThat(response.body().path("errors").findValuesAsText("code"))
			.containsExactlyInAnyOrder("validation.NotBlank", "validation.Size");
	}

	@Test
	@DisplayName("a body over sangkien.requests.max-body-size (1 MB) is refused with 413 before it is read")
	void bodyTooLarge() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives",
				"{\"title\":\"Máy cắt\",\"summary\":\"" + "a".repeat(1024 * 1024) + "\"}");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body().path("code").asText()).isEqualTo("request.too-large");
		assertThat(response.body().path("detail").asText()).isEqualTo("Nội dung gửi lên vượt quá 1024 KB.");
		assertThat(initiativeCount()).isEqualTo(initiativesBefore);
	}

	@Test
	@DisplayName("in English when the request asks for it")
	void englishOnRequest() {
		ApiClient.Response response = api.post("tacgia.hn", "/api/initiatives", "{oops", "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().path("code").asText()).isEqualTo("request.malformed");
		assertThat(response.body().path("detail").asText()).isEqualTo("The request body is not well-formed JSON.");
		assertThat(initiativeCount()).isEqualTo(initiativesBefore);
	}

	private void assertProblem(ApiClient.Response response, String code, String vietnamese) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().path("code").asText()).isEqualTo(code);
		assertThat(response.body().path("detail").asText()).isEqualTo(vietnamese);
		assertThat(response.body().path("status").asInt()).isEqualTo(400);
		assertThat(initiativeCount()).isEqualTo(initiativesBefore);
	}

	private long initiativeCount() {
		return jdbc.queryForObject("select count(*) from initiative", Long.class);
	}
}
