package vn.congdoan.sangkien.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

@PageTest(InitiativePages.class)
@DisplayName("The author's initiative pages, alone: the form, what it checks, what it refuses")
class InitiativePagesTest {

	static final OidcLoginRequestPostProcessor AUTHOR_HN = signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR,
			"CDCS-01-0001");

	static final OidcLoginRequestPostProcessor AUTHOR_DN = signedIn("tacgia.dn", "Trần Thị Bình", Role.AUTHOR,
			"CDCS-48-0001");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InitiativeSubmission submission;

	@MockitoBean
	Attachments attachments;

	@Test
	@DisplayName("a new initiative's form opens with its author alone, holding the whole share")
	void formShows() throws Exception {
		mvc.perform(get("/initiatives/new").with(AUTHOR_HN))
			.andExpect(status().isOk())
			.andExpect(view().name("initiative/initiative-form"))
			.andExpect(content().string(allOf(containsString("id=\"initiative-form\""),
					containsString("value=\"Nguyễn Văn An\""), containsString("value=\"tacgia.hn\""),
					containsString("value=\"100\""))));
	}

	@Test
	@DisplayName("a valid draft is saved as typed and the author goes on editing it")
	void validDraftIsSaved() throws Exception {
		Initiative saved = mock(Initiative.class);
		when(saved.getId()).thenReturn(42L);
		when(submission.createDraft(any(), any())).thenReturn(saved);

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "  Băng tải phân loại linh kiện ")
			.param("benefitVnd", "1.234.567 đ")
			.param("contributors[0].fullName", "Nguyễn Văn An")
			.param("contributors[0].sharePercent", "66,5")
			.param("contributors[0].targetGroup", "WORKER")
			.param("contributors[1].fullName", "")
			.param("contributors[2].fullName", "Lê Văn Cường")
			.param("contributors[2].sharePercent", "33,5 %")
			.param("contributors[2].targetGroup", "WORKER")
			.param("action", "save"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/initiatives/42/edit"))
			.andExpect(flash().attribute("done", "Đã lưu bản nháp."));

		ArgumentCaptor<InitiativeContent> content = ArgumentCaptor.forClass(InitiativeContent.class);
		verify(submission).createDraft(any(PlatformUser.class), content.capture());
		assertThat(content.getValue().title()).isEqualTo("Băng tải phân loại linh kiện");
		assertThat(content.getValue().benefitVnd()).isEqualTo(1_234_567L);
		assertThat(content.getValue().contributors()).extracting(c -> c.fullName(), c -> c.sharePercent())
			.containsExactly(tuple("Nguyễn Văn An", new BigDecimal("66.5")),
					tuple("Lê Văn Cường", new BigDecimal("33.5")));
	}

	@Test
	@DisplayName("an invalid draft comes back as typed, each field's problem beside it in Vietnamese, nothing saved")
	void invalidDraftIsShownBack() throws Exception {
		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", " ")
			.param("benefitVnd", "12,5 triệu")
			.param("applicationDate", "03/10/2022")
			.param("contributors[0].fullName", "Nguyễn Văn An")
			.param("contributors[0].sharePercent", "một trăm")
			.param("contributors[0].targetGroup", "WORKER"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("initiative/initiative-form"))
			.andExpect(model().attributeHasFieldErrorCode("draft", "title", "validation.NotBlank"))
			.andExpect(model().attribute("errors", allOf(aMapWithSize(4),
					hasEntry("title", "Trường \"Tên sáng kiến\" là bắt buộc."),
					hasEntry("benefitVnd", "Số tiền chỉ gồm chữ số, ví dụ 1.234.567."),
					hasEntry("applicationDate", "Ngày không đúng định dạng."),
					hasEntry("contributors[0].sharePercent", "Tỷ lệ đóng góp là một số, ví dụ 50 hoặc 33,5."))))
			.andExpect(content().string(allOf(containsString("Chưa lưu được sáng kiến"),
					containsString("value=\"12,5 triệu\""), containsString("value=\"một trăm\""))));

		verify(submission, never()).createDraft(any(), any());
	}

	@Test
	@DisplayName("what the service refuses of a draft is shown beside its field, with the field's label")
	void serviceProblemsBesideTheirFields() throws Exception {
		when(submission.edit(any(), eq(7L), any())).thenThrow(ProblemException.invalidFields("initiative.invalid",
				List.of(new FieldProblem("summary", "initiative.field.required", "summary"))));

		mvc.perform(post("/initiatives/7/edit").with(AUTHOR_HN).with(csrf()).param("title", "Móc treo dụng cụ"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errors", hasEntry("summary", "Vui lòng nhập \"Tóm tắt\" trước khi gửi.")));
	}

	@Test
	@DisplayName("an author of another unit is refused another's draft, to see or to change, with a 403 page")
	void authorOfAnotherUnitIsRefused() throws Exception {
		when(submission.editableBy(any(), eq(7L))).thenThrow(ProblemException.forbidden("initiative.not-visible", 7L));
		when(submission.edit(any(), eq(7L), any())).thenThrow(ProblemException.forbidden("initiative.not-visible", 7L));

		mvc.perform(get("/initiatives/7/edit").with(AUTHOR_DN))
			.andExpect(status().isForbidden())
			.andExpect(view().name("problem"))
			.andExpect(content().string(containsString("Bạn không có quyền xem sáng kiến số 7.")));
		mvc.perform(post("/initiatives/7/edit").with(AUTHOR_DN).with(csrf()).param("title", "Của tôi"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("problem"));

		ArgumentCaptor<PlatformUser> asked = ArgumentCaptor.forClass(PlatformUser.class);
		verify(submission).editableBy(asked.capture(), eq(7L));
		assertThat(asked.getValue().unitsWhere(Role.AUTHOR)).containsExactly("CDCS-48-0001");
	}

	@Test
	@DisplayName("only an author writes an initiative; everyone signed in has their own list")
	void onlyAnAuthorWrites() throws Exception {
		OidcLoginRequestPostProcessor supportTeam = signedIn("hotro.hn", "Phạm Thị Dung", Role.SUPPORT_TEAM,
				"CDCS-01-0001");

		when(submission.mine(any(), anyInt(), anyInt())).thenReturn(Page.empty());

		mvc.perform(get("/initiatives/new").with(supportTeam))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));
		mvc.perform(get("/my-initiatives").with(supportTeam))
			.andExpect(status().isOk())
			.andExpect(view().name("initiative/my-initiatives"));
		mvc.perform(get("/my-initiatives")).andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/oauth2/authorization/keycloak"));
	}


	@Test
	@DisplayName("the author's list is paged: twenty a page, the page's place among all, links to the pages beside it")
	void myInitiativesArePaged() throws Exception {
		Initiative initiative = mock(Initiative.class);
		when(initiative.getId()).thenReturn(7L);
		when(initiative.getTitle()).thenReturn("Máy cắt vải tự động");
		when(initiative.getStatus()).thenReturn(vn.congdoan.sangkien.initiative.InitiativeStatus.DRAFT);
		when(submission.mine(any(), eq(1), eq(20)))
			.thenReturn(new PageImpl<>(List.of(initiative), PageRequest.of(1, 20), 45));

		mvc.perform(get("/my-initiatives").param("page", "1").with(AUTHOR_HN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Máy cắt vải tự động"),
					containsString("href=\"/my-initiatives?page=0\""), containsString("Trang trước"),
					containsString("Trang 2/3 (45 sáng kiến)"),
					containsString("href=\"/my-initiatives?page=2\""), containsString("Trang sau"))));
		verify(submission).mine(any(PlatformUser.class), eq(1), eq(20));
	}
	@Test
	@DisplayName("a reason to withdraw longer than 2000 characters is refused before the service hears of it")
	void withdrawalReasonTooLong() throws Exception {
		mvc.perform(post("/initiatives/7/withdraw").with(AUTHOR_HN).with(csrf()).param("reason", "x".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Lý do rút dài quá 2000 ký tự.")));
		mvc.perform(post("/initiatives/7/withdraw").with(AUTHOR_HN).with(csrf()).param("reason", "  Trùng  "))
			.andExpect(redirectedUrl("/initiatives/7"));

		verify(submission).withdraw(any(), anyLong(), eq("Trùng"));
	}
}
