package vn.congdoan.sangkien.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.portal.PortalUploads;
import vn.congdoan.sangkien.workflow.TaskInbox;

@PageTest(PortalUploadPages.class)
@DisplayName("The union officer's portal uploads page, alone: the list, who may, the result of each upload")
class PortalUploadPagesTest {

	static final OidcLoginRequestPostProcessor OFFICER = signedIn("canbo.hn", "Lê Thị Hoa", Role.UNION_OFFICER,
			"CDCS-01-0001");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaskInbox inbox;

	@MockitoBean
	InitiativeAccess access;

	@MockitoBean
	PortalUploads uploads;

	@BeforeEach
	void twoRecognisedInitiativesWaiting() {
		when(inbox.decidable(any(PlatformUser.class), eq("portalUpload"))).thenReturn(List.of(waiting("task-12", "12"),
				waiting("task-13", "13")));
		Map<Long, Initiative> visible = Map.of(12L, initiative("Máy cắt vải tự động"), 13L,
				initiative("Giá treo khuôn mẫu"));
		when(access.visibleAmong(any(PlatformUser.class), anyCollection())).thenReturn(visible);
	}

	@Test
	@DisplayName("the officer's list shows each recognised initiative waiting, with its box to tick")
	void listRenders() throws Exception {
		mvc.perform(get("/portal-uploads").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(view().name("portal/portal-uploads"))
			.andExpect(content().string(allOf(containsString("id=\"choose-task-12\""), containsString("id=\"choose-task-13\""),
					containsString("Máy cắt vải tự động"), containsString("20/09/2022"), not(containsString("upload-problem")))));
	}

	@Test
	@DisplayName("only a union officer has the page or uploads from it")
	void othersRefused() throws Exception {
		OidcLoginRequestPostProcessor author = signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001");

		mvc.perform(get("/portal-uploads").with(author))
			.andExpect(status().isForbidden())
			.andExpect(view().name("problem"))
			.andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));
		mvc.perform(post("/portal-uploads").with(author).with(csrf()).param("taskId", "task-12"))
			.andExpect(status().isForbidden());

		verify(uploads, never()).uploadAll(any(), anyList());
	}

	@Test
	@DisplayName("the chosen tasks are uploaded with their references, and the page reports each one's result")
	void chosenUploadedEachReported() throws Exception {
		when(uploads.uploadAll(any(PlatformUser.class), anyList())).thenReturn(List.of(
				new PortalUploads.Result("task-12", 204, null, null),
				new PortalUploads.Result("task-13", 409, "portal.window.closed", "Ngoài thời gian đưa lên Cổng.")));

		mvc.perform(post("/portal-uploads").with(OFFICER).with(csrf())
			.param("taskId", "task-12", "task-13")
			.param("reference-task-12", "CONG-2022-0012")
			.param("reference-task-13", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("portal/portal-uploads"))
			.andExpect(model().attribute("uploaded", 1L))
			.andExpect(model().attribute("failed", 1L))
			.andExpect(content().string(allOf(containsString("Kết quả: 1 sáng kiến đã đưa lên, 1 sáng kiến chưa được."),
					containsString("<li>Ngoài thời gian đưa lên Cổng.</li>"))));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<PortalUploads.Upload>> posted = ArgumentCaptor.forClass(List.class);
		verify(uploads).uploadAll(any(PlatformUser.class), posted.capture());
		assertThat(posted.getValue()).containsExactly(new PortalUploads.Upload("task-12", "CONG-2022-0012"),
				new PortalUploads.Upload("task-13", ""));
	}

	@Test
	@DisplayName("nothing ticked: the page says so and uploads nothing")
	void nothingChosen() throws Exception {
		mvc.perform(post("/portal-uploads").with(OFFICER).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("chosen", "taskId", "NotEmpty"))
			.andExpect(content().string(containsString("Chưa chọn sáng kiến nào.")));

		verify(uploads, never()).uploadAll(any(), anyList());
	}

	static TaskInbox.InboxTask waiting(String taskId, String initiativeId) {
		return new TaskInbox.InboxTask(taskId, "Đưa lên Cổng", "portalUpload", initiativeId, null,
				Instant.parse("2022-09-20T03:00:00Z"), null);
	}

	static Initiative initiative(String title) {
		Initiative initiative = mock(Initiative.class);
		when(initiative.getTitle()).thenReturn(title);
		when(initiative.getRecognitionDate()).thenReturn(LocalDate.of(2022, 9, 20));
		return initiative;
	}
}
