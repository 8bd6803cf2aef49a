package vn.congdoan.sangkien.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.commendation.CommendationProposals;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.initiative.InitiativeTitles;
import vn.congdoan.sangkien.initiative.PublishedInitiatives;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.TaskInbox;

@PageTest(PageController.class)
@DisplayName("Proposing a published initiative for commendation from its page (R-7.6), alone: the reason as typed")
class CommendationProposalPageTest {

	static final OidcLoginRequestPostProcessor OFFICER = signedIn("canbo.hn", "Lê Thị Hoa", Role.UNION_OFFICER,
			"CDCS-01-0001");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CommendationProposals proposals;

	@MockitoBean
	TaskInbox inbox;

	@MockitoBean
	Leaderboards leaderboards;

	@MockitoBean
	PublishedInitiatives published;

	@MockitoBean
	InitiativeAccess access;

	@MockitoBean
	DecisionLog decisionLog;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	Clock clock;

	@MockitoBean
	Units units;

	@MockitoBean
	InitiativeTitles titles;

	@MockitoBean
	Ideas ideas;

	@MockitoBean
	ProgrammeCalendar calendar;

	@Test
	@DisplayName("the reason is passed on stripped, a blank one as none, and the page says the proposal is made")
	void reasonPassedOn() throws Exception {
		mvc.perform(post("/initiatives/7/commendation").with(OFFICER).with(csrf()).param("reason", "  Làm lợi lớn  "))
			.andExpect(redirectedUrl("/initiatives/7"))
			.andExpect(flash().attribute("done", containsString("Đã đề nghị khen thưởng")));
		mvc.perform(post("/initiatives/8/commendation").with(OFFICER).with(csrf()).param("reason", " "))
			.andExpect(redirectedUrl("/initiatives/8"));

		verify(proposals).propose(any(PlatformUser.class), eq(7L), eq("Làm lợi lớn"));
		verify(proposals).propose(any(PlatformUser.class), eq(8L), isNull());
	}

	@Test
	@DisplayName("a reason longer than the API takes (2000 characters) is refused before the proposal is made")
	void reasonTooLong() throws Exception {
		mvc.perform(post("/initiatives/7/commendation").with(OFFICER).with(csrf()).param("reason", "x".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Lý do đề nghị dài quá 2000 ký tự.")));

		verify(proposals, never()).propose(any(), anyLong(), any());
	}

	@Test
	@DisplayName("only a union officer proposes; the refusal page still shows who is signed in")
	void othersRefused() throws Exception {
		mvc.perform(post("/initiatives/7/commendation")
			.with(signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001"))
			.with(csrf())
			.param("reason", "Của tôi"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("Nguyễn Văn An"), containsString("Đăng xuất"),
					not(containsString(">Đăng nhập<")))));

		verify(proposals, never()).propose(any(), anyLong(), any());
	}
}
