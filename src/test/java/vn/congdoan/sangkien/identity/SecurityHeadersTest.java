package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Every page is sent with its security headers; Camunda's webapps keep their own policy")
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("the home page: a CSP that runs the platform's own script files only and forbids framing, Referrer-Policy same-origin")
	void homePageHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", Matchers.allOf(Matchers.containsString("script-src 'self';"),
					Matchers.containsString("frame-ancestors 'none'"), Matchers.not(Matchers.containsString("unsafe-eval")))))
			.andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.matchesPattern(".*script-src[^;]*unsafe-inline.*"))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	@DisplayName("a page requested over TLS (as the proxy says) also tells the browser to use TLS only, for a year")
	void strictTransportSecurityBehindTls() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/leaderboards").header("X-Forwarded-Proto", "https"))
			.andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=31536000")));
	}

	@Test
	@DisplayName("Camunda's webapps are not sent the pages' policy: they run inline scripts under their own")
	void camundaWebappsKeepTheirOwnPolicy() throws Exception {
		HttpResponse<String> cockpit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/camunda/app/cockpit/default/")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(cockpit.headers().allValues("Content-Security-Policy")).noneMatch(policy -> policy.contains("frame-ancestors 'none'"));
		assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
						policy -> assertThat(policy).contains("frame-ancestors 'none'"));
	}
}
