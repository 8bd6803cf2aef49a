package vn.congdoan.sangkien.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PageUsers;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("Who may open the pages and Camunda's webapps (session login)")
class PagesAndWebappsAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Test
	@DisplayName("the home page is public")
	void homeIsPublic() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString("01 triệu sáng kiến")));
	}

	@Test
	@DisplayName("the inbox sends an anonymous visitor to the Keycloak login")
	void inboxNeedsLogin() throws Exception {
		mvc.perform(get("/inbox")).andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/oauth2/authorization/keycloak"));
	}

	@Test
	@DisplayName("the inbox shows a council member the groups derived from their role and unit")
	void inboxShowsDerivedGroups() throws Exception {
		mvc.perform(get("/inbox").with(user("hoidong.hn", Role.COUNCIL, "CDCS-01-0001")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("council:CDCS-01-0001")));
	}

	@Test
	@DisplayName("Camunda's webapps send an anonymous visitor to the login, and refuse a council member")
	void camundaWebappsClosedToOthers() throws Exception {
		for (String app : List.of("cockpit", "tasklist", "admin")) {
			String path = "/camunda/app/" + app + "/default/";
			mvc.perform(get(path)).andExpect(status().isFound());
			mvc.perform(get(path).with(user("hoidong.hn", Role.COUNCIL, "CDCS-01-0001"))).andExpect(status().isForbidden());
		}
	}

	@Test
	@DisplayName("an initiative's page: its author and its unit's support team see it, another unit gets 403, a visitor the login")
	void initiativePage() throws Exception {
		long id = steps.published("Trang sáng kiến");
		String path = "/initiatives/" + id;

		mvc.perform(get(path)).andExpect(status().isFound());
		mvc.perform(get(path).with(user("tacgia.hn", Role.AUTHOR, "CDCS-01-0001")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã đăng trên Cổng")));
		mvc.perform(get(path).with(user("hotro.hn", Role.SUPPORT_TEAM, "CDCS-01-0001"))).andExpect(status().isOk());
		mvc.perform(get(path).with(user("hotro.dn", Role.SUPPORT_TEAM, "CDCS-48-0001")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bạn không có quyền xem sáng kiến")));
		mvc.perform(get("/my-initiatives").with(user("tacgia.hn", Role.AUTHOR, "CDCS-01-0001")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Trang sáng kiến")));
		mvc.perform(get("/my-initiatives")).andExpect(status().isFound());
	}

	private static OidcLoginRequestPostProcessor user(String username, Role role, String unit) {
		return PageUsers.signedIn(username, username, role, unit);
	}
}
