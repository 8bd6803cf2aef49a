package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.commendation.CommendationProposals;
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
@DisplayName("The inbox page, alone: a page of 50 tasks of a team's thousands, with the counts of all of them")
class InboxPageTest {

	static final OidcLoginRequestPostProcessor SUPPORT_TEAM = signedIn("hotro.hn", "Lê Thị Cúc", Role.SUPPORT_TEAM,
			"CDCS-01-0001");

	static final Instant NOW = Instant.parse("2023-03-01T03:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaskInbox inbox;

	@MockitoBean
	Clock clock;

	@MockitoBean
	CommendationProposals proposals;

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
	Units units;

	@MockitoBean
	InitiativeTitles titles;

	@MockitoBean
	Ideas ideas;

	@MockitoBean
	ProgrammeCalendar calendar;

	@BeforeEach
	void fiveThousandTasks() {
		when(clock.instant()).thenReturn(NOW);
		when(clock.getZone()).thenReturn(ZoneOffset.UTC);
		when(inbox.countsOf(any(), eq(NOW))).thenReturn(List.of(
				new TaskInbox.StepCount("supportTeamReview", "Tổ hỗ trợ xem xét", 5_000, 12),
				new TaskInbox.StepCount("authorRevision", "Tác giả bổ sung", 29, 0)));
	}

	@Test
	@DisplayName("the second page asks for tasks 51-100 only, links both ways, says where it is among all 5,029, and names each initiative")
	void secondPage() throws Exception {
		when(inbox.of(any(), eq(50), eq(50))).thenReturn(tasks(50, 50));
		when(titles.of(any())).thenAnswer(call -> call.<java.util.Collection<Long>>getArgument(0).stream()
			.collect(java.util.stream.Collectors.toMap(id -> id, id -> "Sáng kiến thứ " + id)));

		String page = inboxAt(50);

		assertThat(Pattern.compile("data-task=").matcher(page).results().count()).isEqualTo(50);
		assertThat(page).contains("href=\"/tasks/task-50\"")
			.doesNotContain("href=\"/tasks/task-49\"", "href=\"/tasks/task-100\"")
			.contains("id=\"inbox-range\">Công việc 51-100 trên 5.029</span>")
			.contains("href=\"/inbox?first=0\"", "href=\"/inbox?first=100\"")
			.contains("Tổ hỗ trợ xem xét: 5000", "Quá hạn: 12")
			.contains(">Sáng kiến thứ 1050<", ">Sáng kiến thứ 1099<");
	}

	@Test
	@DisplayName("the last page has no next link; the stylesheet is still named by its content (the resource chain)")
	void lastPage() throws Exception {
		when(inbox.of(any(), eq(5_000), eq(50))).thenReturn(tasks(5_000, 29));

		String page = inboxAt(5_000);

		assertThat(Pattern.compile("data-task=").matcher(page).results().count()).isEqualTo(29);
		assertThat(page).contains("id=\"inbox-range\">Công việc 5.001-5.029 trên 5.029</span>")
			.contains("href=\"/inbox?first=4950\"")
			.doesNotContain("href=\"/inbox?first=5050\"")
			.containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"");
	}

	private String inboxAt(int first) throws Exception {
		return mvc.perform(get("/inbox").param("first", String.valueOf(first)).with(SUPPORT_TEAM))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<TaskInbox.InboxTask> tasks(int first, int count) {
		return IntStream.range(first, first + count)
			.mapToObj(i -> new TaskInbox.InboxTask("task-" + i, "Tổ hỗ trợ xem xét", "supportTeamReview",
					String.valueOf(1_000 + i), null, NOW.minusSeconds(86_400), NOW.plusSeconds(86_400)))
			.toList();
	}
}
