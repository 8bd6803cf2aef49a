package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Login through the real Keycloak, for the pages and for Camunda's webapps")
class KeycloakLoginTest {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("a demo council member signs in on Keycloak's page and lands on their inbox")
	void councilMemberSeesTheirInbox() throws Exception {
		LoginSession browser = new LoginSession(port);

		HttpResponse<String> inbox = browser.signInAt("/inbox", "hoidong.hn");

		assertThat(inbox.statusCode()).as("%s %s", inbox.uri(), inbox.body()).isEqualTo(200);
		assertThat(inbox.uri().toString()).startsWith(browser.baseUrl() + "/inbox");
		assertThat(inbox.body()).contains("Hộp công việc", "Hoàng Minh Đức", "council:CDCS-01-0001");
	}

	@Test
	@DisplayName("the operator (camunda-admin) opens Cockpit, Tasklist and Admin as themselves")
	void operatorOpensCamundaWebapps() throws Exception {
		LoginSession browser = new LoginSession(port);

		HttpResponse<String> cockpit = browser.signInAt("/camunda/app/cockpit/default/", "quantri");

		assertThat(cockpit.statusCode()).as("%s %s", cockpit.uri(), cockpit.body()).isEqualTo(200);
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"quantri\"");
	}

	@Test
	@DisplayName("a council member who signs in is refused Camunda's webapps (403)")
	void othersAreRefusedCamundaWebapps() throws Exception {
		LoginSession browser = new LoginSession(port);

		HttpResponse<String> cockpit = browser.signInAt("/camunda/app/cockpit/default/", "hoidong.hn");

		assertThat(cockpit.statusCode()).isEqualTo(403);
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
		assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
	}
}
