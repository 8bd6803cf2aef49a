package vn.congdoan.sangkien.idea.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.idea.Idea;
import vn.congdoan.sangkien.idea.IdeaDay;
import vn.congdoan.sangkien.idea.IdeaDays;
import vn.congdoan.sangkien.idea.IdeaStatus;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

@PageTest(IdeaPages.class)
@DisplayName("The idea pages, alone: a member posts an idea and follows it; a union's team lists its ideas, its officer schedules idea days (R-5.1, R-5.2)")
class IdeaPagesTest {

	static final String UNIT = "CDCS-01-0001";

	static final OidcLoginRequestPostProcessor AUTHOR = signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, UNIT);

	static final OidcLoginRequestPostProcessor OFFICER = signedIn("canbo.hn", "Phạm Văn Dũng", Role.UNION_OFFICER, UNIT);

	static final OidcLoginRequestPostProcessor OTHER_TEAM = signedIn("hotro.dn", "Lê Văn Hải", Role.SUPPORT_TEAM, "CDCS-48-0001");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Ideas ideas;

	@MockitoBean
	IdeaDays ideaDays;

	@BeforeEach
	void theUnionsRule() {
		// As Ideas decides: only the union's support team and officers see its ideas.
		when(ideas.ofUnit(any(), eq(UNIT))).thenAnswer(call -> {
			PlatformUser user = call.getArgument(0);
			if (!user.holds(Role.SUPPORT_TEAM, UNIT) && !user.holds(Role.UNION_OFFICER, UNIT)) {
				throw ProblemException.forbidden("idea.unit.not-yours", UNIT);
			}
			return List.of(idea(IdeaStatus.SUBMITTED, null));
		});
	}

	@Test
	@DisplayName("a member posts an idea at one of the union's coming idea days and is sent to their ideas")
	void posted() throws Exception {
		when(ideaDays.coming(UNIT)).thenReturn(List.of(new IdeaDay(5, UNIT, "Ngày hội ý tưởng sáng tạo",
				LocalDate.of(2026, 12, 20), "Hội trường", "canbo.hn", Instant.now())));
		mvc.perform(get("/ideas/new").with(AUTHOR))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"idea-form\""),
					Matchers.containsString("Ngày hội ý tưởng sáng tạo · 20/12/2026 · Hội trường"),
					Matchers.containsString("name=\"_csrf\""))));

		mvc.perform(post("/ideas/new").with(AUTHOR).with(csrf()).param("title", "Máy tách vỏ lạc")
			.param("problem", "Tách vỏ bằng tay chậm").param("proposal", "Dùng trục cao su").param("ideaDayId", "5"))
			.andExpect(redirectedUrl("/ideas"));
		verify(ideas).post(any(), eq(new Ideas.IdeaInput("Máy tách vỏ lạc", "Tách vỏ bằng tay chậm", "Dùng trục cao su", null, 5L)));
	}

	@Test
	@DisplayName("a blank title, or an idea without a union, comes back on the form with the reason, nothing posted")
	void refusedOnTheForm() throws Exception {
		mvc.perform(post("/ideas/new").with(AUTHOR).with(csrf()).param("title", " ").param("problem", "P").param("proposal", "I"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"title-error\""),
					Matchers.containsString("Tên ý tưởng"))));
		verify(ideas, never()).post(any(), any());

		when(ideas.post(any(), any())).thenThrow(ProblemException.badRequest("idea.unit.required"));
		mvc.perform(post("/ideas/new").with(AUTHOR).with(csrf()).param("title", "T").param("problem", "P").param("proposal", "I"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"unitCode-error\""),
					Matchers.containsString("Hãy chọn công đoàn cơ sở của ý tưởng"))));
	}

	@Test
	@DisplayName("my ideas show their state in Vietnamese, the latest comment and, once drafted, a link to the draft")
	void mine() throws Exception {
		when(ideas.mine(any())).thenReturn(List.of(idea(IdeaStatus.DRAFTED, 31L), idea(IdeaStatus.WITH_AUTHOR, null)));
		mvc.perform(get("/ideas").with(AUTHOR))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Đã thành dự thảo sáng kiến"),
					Matchers.containsString("Tác giả đang hoàn thiện"), Matchers.containsString("href=\"/initiatives/31\""),
					Matchers.containsString("Nêu rõ lợi ích"), Matchers.containsString("id=\"new-idea\""))));
	}

	@Test
	@DisplayName("the union's ideas and idea days for its officer, with the schedule form; 403 for another union's support team")
	void unionsIdeas() throws Exception {
		mvc.perform(get("/units/" + UNIT + "/ideas").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Máy tách vỏ lạc"),
					Matchers.containsString("Chờ Tổ hỗ trợ tiếp nhận"), Matchers.containsString("id=\"idea-day-form\""))));
		mvc.perform(get("/units/" + UNIT + "/ideas").with(OTHER_TEAM)).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("the officer schedules an idea day typed dd/MM/yyyy; a date that does not read comes back on the form")
	void ideaDayScheduled() throws Exception {
		mvc.perform(post("/units/" + UNIT + "/idea-days").with(OFFICER).with(csrf()).param("name", "Ngày hội sáng kiến")
			.param("heldOn", "20/12/2026").param("place", "Hội trường"))
			.andExpect(redirectedUrl("/units/" + UNIT + "/ideas"));
		verify(ideaDays).schedule(any(), eq(UNIT),
				eq(new IdeaDays.IdeaDayInput("Ngày hội sáng kiến", LocalDate.of(2026, 12, 20), "Hội trường")));

		mvc.perform(post("/units/" + UNIT + "/idea-days").with(OFFICER).with(csrf()).param("name", "Ngày hội sáng kiến")
			.param("heldOn", "31/02/2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"heldOn-error\"")));
		// Only the first was scheduled.
		verify(ideaDays).schedule(any(), any(), any());
	}

	private static Idea idea(IdeaStatus status, Long initiativeId) {
		return new Idea(7, UNIT, "tacgia.hn", "Máy tách vỏ lạc", "P", "I", null, status, "hotro.hn", "Nêu rõ lợi ích", null,
				initiativeId, Instant.parse("2026-11-01T01:00:00Z"), Instant.parse("2026-11-02T01:00:00Z"), null);
	}
}
