package vn.congdoan.sangkien.membership.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.membership.Member;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.UnitSearch;
import vn.congdoan.sangkien.unit.Units;

@PageTest(WelcomePages.class)
@DisplayName("The welcome page, alone: a member without a post is led to it, finds their union and chooses once")
class WelcomePageTest {

	/** Signed up on Keycloak's page a minute ago: a name, no post. */
	static final OidcLoginRequestPostProcessor NEWCOMER = oidcLogin()
		.idToken(token -> token.claim("preferred_username", "moi.thamgia").claim("name", "Đoàn Viên Mới"));

	@Autowired
	MockMvc mvc;

	/** The union of a scanned notice (Welcome) or whether a unit is grassroots (the dashboard's notice link). */
	@MockitoBean
	Units unitsByCode;

	@MockitoBean
	Members members;

	@MockitoBean
	UnitSearch units;

	@Test
	@DisplayName("every page a newcomer opens leads to the welcome page; a member who chose is sent on, one appointed who never chose may choose")
	void ledToTheWelcomePage() throws Exception {
		mvc.perform(get("/my-initiatives").with(NEWCOMER)).andExpect(redirectedUrl("/welcome"));
		mvc.perform(get("/").with(NEWCOMER)).andExpect(redirectedUrl("/welcome"));
		mvc.perform(get("/welcome").with(NEWCOMER)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"welcome-heading\"")));
		when(members.find("tacgia.hn")).thenReturn(java.util.Optional.of(new Member("tacgia.hn", "Nguyễn Văn An",
				"CDCS-01-0001", TargetGroup.WORKER, java.time.Instant.parse("2022-03-01T00:00:00Z"))));
		mvc.perform(get("/welcome").with(signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001")))
			.andExpect(redirectedUrl("/my-initiatives"));
		// A council member who never chose a union may choose one to write in.
		mvc.perform(get("/welcome").with(signedIn("hoidong.hn", "Võ Thị Hoa", Role.COUNCIL, "CDCS-01-0001")))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("a search lists grassroots unions to choose from, and the target groups of R-8")
	void findsTheUnion() throws Exception {
		when(units.find("may cau giay", UnitLevel.GRASSROOTS)).thenReturn(List.of(
				new UnitSearch.Found("CDCS-01-0001", "Công đoàn Công ty Cổ phần May Cầu Giấy", UnitLevel.GRASSROOTS, "CTTT-01-005")));

		mvc.perform(get("/welcome").param("q", "may cau giay").with(NEWCOMER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("value=\"CDCS-01-0001\""),
					Matchers.containsString("Công đoàn Công ty Cổ phần May Cầu Giấy"), Matchers.containsString("value=\"WORKER\""))));
	}

	@Test
	@DisplayName("no union or no group chosen: back to the page with the reason, nothing joined")
	void nothingChosen() throws Exception {
		mvc.perform(post("/welcome").param("targetGroup", "WORKER").param("q", "may").with(NEWCOMER).with(csrf()))
			.andExpect(redirectedUrl("/welcome?q=may"))
			.andExpect(flash().attribute("problemCode", "membership.unit.required"));
		mvc.perform(post("/welcome").param("unitCode", "CDCS-01-0001").with(NEWCOMER).with(csrf()))
			.andExpect(flash().attribute("problemCode", "membership.target-group.required"));
		verify(members, never()).join(any(), any(), any());
	}

	@Test
	@DisplayName("chosen: joined, and on to writing the first initiative")
	void joined() throws Exception {
		mvc.perform(post("/welcome").param("unitCode", "CDCS-01-0001").param("targetGroup", "WORKER").with(NEWCOMER).with(csrf()))
			.andExpect(redirectedUrl("/initiatives/new"));
		verify(members).join(any(), eq("CDCS-01-0001"), eq(TargetGroup.WORKER));
	}
}
