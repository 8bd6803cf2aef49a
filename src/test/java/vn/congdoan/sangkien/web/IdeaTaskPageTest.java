package vn.congdoan.sangkien.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.idea.Idea;
import vn.congdoan.sangkien.idea.IdeaStatus;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.SimilarInitiatives;
import vn.congdoan.sangkien.reporting.CollectiveRecognitions;
import vn.congdoan.sangkien.workflow.FormField;
import vn.congdoan.sangkien.workflow.TaskDecisions;
import vn.congdoan.sangkien.workflow.TaskInbox;

@PageTest(TaskPages.class)
@DisplayName("An idea's task page, alone: the idea and the latest comment beside the author's form, never an initiative of the same number")
class IdeaTaskPageTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaskInbox inbox;

	@MockitoBean
	TaskDecisions decisions;

	@MockitoBean
	InitiativeAccess access;

	@MockitoBean
	Attachments attachments;

	@MockitoBean
	DecisionLog decisionLog;

	@MockitoBean
	CollectiveRecognitions recognitions;

	@MockitoBean
	SimilarInitiatives similar;

	@MockitoBean
	Ideas ideas;

	@Test
	@DisplayName("R-5.1: the author's shapeIdea shows the mentor's comment and the form filled with the idea's text")
	void theMentorsCommentBesideTheAuthorsForm() throws Exception {
		when(inbox.form(any(), eq("t1"))).thenReturn(new TaskInbox.TaskForm(
				new TaskInbox.InboxTask("t1", "Tác giả hoàn thiện ý tưởng", "shapeIdea", "7", "tacgia.hn",
						Instant.parse("2026-11-02T01:00:00Z"), Instant.parse("2027-01-01T01:00:00Z")),
				List.of(new FormField("ideaProblem", "textarea", "Vấn đề cần giải quyết", null, true, 4000, List.of()),
						new FormField("ideaProposal", "textarea", "Ý tưởng giải quyết", null, true, 8000, List.of())),
				null));
		when(ideas.find(any(), eq(7L))).thenReturn(new Idea(7, "CDCS-01-0001", "tacgia.hn", "Máy tách vỏ lạc",
				"Tách vỏ bằng tay chậm", "Dùng trục cao su", null, IdeaStatus.WITH_AUTHOR, "hotro.hn",
				"Nêu rõ lợi ích: bao nhiêu kg mỗi ngày?", null, null, Instant.parse("2026-11-01T01:00:00Z"),
				Instant.parse("2026-11-02T01:00:00Z"), null));

		mvc.perform(get("/tasks/t1").with(signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"idea-comment\""),
					Matchers.containsString("Nêu rõ lợi ích: bao nhiêu kg mỗi ngày?"), Matchers.containsString("Máy tách vỏ lạc"),
					Matchers.containsString(">Tách vỏ bằng tay chậm</textarea>"),
					Matchers.containsString(">Dùng trục cao su</textarea>"))));
		verify(access, never()).visibleTo(any(), anyLong());
	}
}
