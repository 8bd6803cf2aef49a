package vn.congdoan.sangkien.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * Each request comes from its own made-up address (X-Forwarded-For, as a proxy would send it), so that no
 * test spends another's allowance of searches.
 */
@PlatformTest
@DisplayName("The public search's limits: words, depth, time, and searches per address, each refused with its code")
class PublicSearchLimitsTest {

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Steps steps;

	@Autowired
	DataSource dataSource;

	@Autowired
	ObjectMapper json;

	@Test
	@DisplayName("a short word narrows what a long word finds; short words alone are refused with 400, the rule told")
	void shortWords() throws Exception {
		long published = steps.published("Máy ép xe đạp tiết kiệm điện");
		String address = newAddress();

		ResponseEntity<String> found = search("/api/public/initiatives?q=xe máy", address);
		ResponseEntity<String> shortOnly = search("/api/public/initiatives?q=xe ép", address);

		assertThat(found.getStatusCode().value()).isEqualTo(200);
		assertThat(json.readTree(found.getBody()).findValues("id")).extracting(JsonNode::asLong).contains(published);
		assertProblem(shortOnly, 400, "search.words.too-short");
		assertThat(json.readTree(shortOnly.getBody()).path("detail").asText()).contains("từ 3 chữ cái trở lên");
	}

	@Test
	@DisplayName("on the page, words refused are told above the search form, which keeps them to be changed")
	void refusedOnThePage() throws Exception {
		ResponseEntity<String> page = search("/initiatives?q=xe", newAddress());

		assertThat(page.getStatusCode().value()).isEqualTo(400);
		assertThat(page.getBody()).contains("id=\"search-refused\"", "từ 3 chữ cái trở lên", "value=\"xe\"")
			.doesNotContain("id=\"no-results\"");
	}

	@Test
	@DisplayName("more words than the limit are refused with 400")
	void tooManyWords() throws Exception {
		assertProblem(search("/api/public/initiatives?q=máy cắt vải tự động may", newAddress()), 400,
				"search.words.too-many");
		assertThat(search("/api/public/initiatives?q=máy cắt vải tự động", newAddress()).getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	@DisplayName("pages end at the thousandth result: deeper is refused with 400, on the API and on the page")
	void offsetCap() throws Exception {
		assertThat(search("/api/public/initiatives?first=999&max=100", newAddress()).getStatusCode().value()).isEqualTo(200);
		assertProblem(search("/api/public/initiatives?first=1000", newAddress()), 400, "search.offset-too-deep");

		ResponseEntity<String> page = search("/initiatives?first=900000", newAddress());
		assertThat(page.getStatusCode().value()).isEqualTo(400);
		assertThat(page.getBody()).contains("Chỉ xem được 1.000 kết quả đầu tiên");
	}

	@Test
	@DisplayName("a search that runs past its statement timeout is stopped and answered with 503 and Retry-After, not 500")
	void statementTimeout() throws Exception {
		try (Connection holder = dataSource.getConnection()) {
			// Another transaction holds the table: the search waits, and its statement timeout (2 s) ends the wait.
			holder.setAutoCommit(false);
			try (Statement lock = holder.createStatement()) {
				lock.execute("lock table initiative in access exclusive mode");
			}
			try {
				ResponseEntity<String> stopped = search("/api/public/initiatives?q=máy", newAddress());

				assertProblem(stopped, 503, "search.timeout");
				assertThat(stopped.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
			}
			finally {
				holder.rollback();
			}
		}
		assertThat(search("/api/public/initiatives?q=máy", newAddress()).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	@DisplayName("an address that searched as often as allowed in the window gets 429 and Retry-After; another address does not")
	void rateLimit() throws Exception {
		String address = newAddress();
		for (int request = 1; request <= 60; request++) {
			assertThat(search("/api/public/initiatives?max=1", address).getStatusCode().value()).as("request %d", request)
				.isEqualTo(200);
		}

		ResponseEntity<String> refused = search("/api/public/initiatives?max=1", address);

		assertProblem(refused, 429, "search.rate-limited");
		assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
		assertThat(json.readTree(refused.getBody()).path("detail").asText()).startsWith("Bạn đã tìm kiếm quá nhiều lần");
		assertThat(search("/api/public/initiatives?max=1", newAddress()).getStatusCode().value()).isEqualTo(200);
	}

	/**
	 * With the JDK's client: the test template's Apache client would wait out a Retry-After and ask again by
	 * itself, and the test would see the second answer.
	 */
	private ResponseEntity<String> search(String path, String address) throws Exception {
		URI uri = UriComponentsBuilder.fromUriString(rest.getRootUri() + path).encode().build().toUri();
		HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", address).GET().build(),
				BodyHandlers.ofString());
		HttpHeaders headers = new HttpHeaders();
		response.headers().map().forEach(headers::addAll);
		return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
	}

	private void assertProblem(ResponseEntity<String> response, int status, String code) throws Exception {
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
	}

	private static String newAddress() {
		return "198.51.100." + ADDRESSES.incrementAndGet();
	}
}
