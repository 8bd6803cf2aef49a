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
import static org.mockito.ArgumentMatchers.isNull;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.membership.Member;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;
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

	@MockitoBean
	Members members;

	@MockitoBean
	InitiativeAccess access;

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
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "tacgia.hn")
			.param("contributors[0].memberName", "Nguyễn Văn An")
			.param("contributors[0].sharePercent", "66,5")
			.param("contributors[1].kind", "member")
			.param("contributors[1].fullName", "")
			.param("contributors[2].kind", "person")
			.param("contributors[2].fullName", "Lê Văn Cường")
			.param("contributors[2].dateOfBirth", "5/9/1988")
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
		assertThat(content.getValue().contributors())
			.extracting(c -> c.username(), c -> c.fullName(), c -> c.dateOfBirth(), c -> c.sharePercent())
			.containsExactly(tuple("tacgia.hn", null, null, new BigDecimal("66.5")),
					tuple(null, "Lê Văn Cường", LocalDate.of(1988, 9, 5), new BigDecimal("33.5")));
	}

	@Test
	@DisplayName("the fields of the application as Circular 18/2013 lists them are saved as typed: each author's workplace, "
			+ "title and qualification, the investor, the field of application, what must stay confidential")
	void applicationFieldsAreSaved() throws Exception {
		Initiative saved = mock(Initiative.class);
		when(saved.getId()).thenReturn(43L);
		when(submission.createDraft(any(), any())).thenReturn(saved);

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Khuôn dập tấm ốp")
			.param("investor", " Công ty Cổ phần May Cầu Giấy ")
			.param("fieldOfApplication", "Cơ khí chế tạo")
			.param("confidentialContent", "Bản vẽ khuôn")
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "tacgia.hn")
			.param("contributors[0].sharePercent", "100")
			.param("contributors[0].workplace", "Phân xưởng cơ khí")
			.param("contributors[0].jobTitle", "Tổ trưởng")
			.param("contributors[0].qualification", "Kỹ sư")
			.param("action", "save"))
			.andExpect(redirectedUrl("/initiatives/43/edit"));

		ArgumentCaptor<InitiativeContent> content = ArgumentCaptor.forClass(InitiativeContent.class);
		verify(submission).createDraft(any(PlatformUser.class), content.capture());
		assertThat(content.getValue()).extracting(InitiativeContent::investor, InitiativeContent::fieldOfApplication,
				InitiativeContent::confidentialContent)
			.containsExactly("Công ty Cổ phần May Cầu Giấy", "Cơ khí chế tạo", "Bản vẽ khuôn");
		assertThat(content.getValue().contributors())
			.extracting(c -> c.workplace(), c -> c.jobTitle(), c -> c.qualification())
			.containsExactly(tuple("Phân xưởng cơ khí", "Tổ trưởng", "Kỹ sư"));
	}

	@Test
	@DisplayName("an over-long confidential content or workplace comes back beside its field, in Vietnamese, nothing saved")
	void overLongApplicationFieldsShownBack() throws Exception {
		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Khuôn dập tấm ốp")
			.param("confidentialContent", "x".repeat(8001))
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "tacgia.hn")
			.param("contributors[0].sharePercent", "100")
			.param("contributors[0].workplace", "x".repeat(256)))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errors", allOf(aMapWithSize(2),
					hasEntry("confidentialContent", "Trường \"Thông tin cần được bảo mật\" vượt quá độ dài cho phép."),
					hasEntry("contributors[0].workplace", "Trường \"Nơi công tác\" vượt quá độ dài cho phép."))));

		verify(submission, never()).createDraft(any(), any());
	}

	@Test
	@DisplayName("an invalid draft comes back as typed, each field's problem beside it in Vietnamese, nothing saved")
	void invalidDraftIsShownBack() throws Exception {
		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", " ")
			.param("benefitVnd", "12,5 triệu")
			.param("applicationDate", "03/10/2022")
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "tacgia.hn")
			.param("contributors[0].sharePercent", "một trăm"))
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
	@DisplayName("a contributor is picked, not typed: the row's find button shows the members found to pick from, two of "
			+ "one name told apart by their account, what was typed kept and nothing saved")
	void findsMembersToPick() throws Exception {
		when(members.search(any(), eq("nguyen van an"), isNull())).thenReturn(List.of(
				new Member("an.nguyen", "Nguyễn Văn An", "CDCS-01-0001", TargetGroup.WORKER, Instant.EPOCH),
				new Member("tacgia.hn", "Nguyễn Văn An", "CDCS-01-0001", TargetGroup.WORKER, Instant.EPOCH)));

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Bang tai phan loai")
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "tacgia.hn")
			.param("contributors[0].memberName", "Nguyễn Văn An")
			.param("contributors[0].sharePercent", "60")
			.param("contributors[1].kind", "member")
			.param("contributors[1].memberQuery", "nguyen van an")
			.param("contributors[1].sharePercent", "40")
			.param("find", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("initiative/initiative-form"))
			.andExpect(content().string(allOf(containsString("value=\"Bang tai phan loai\""),
					containsString("name=\"contributors[1].username\" value=\"an.nguyen\""),
					containsString("Nguyễn Văn An (an.nguyen)"), containsString("Nguyễn Văn An (tacgia.hn)"),
					containsString("value=\"40\""))));

		verify(submission, never()).createDraft(any(), any());
	}

	@Test
	@DisplayName("a member just picked from the results, in a draft shown back for another problem, is named by the register")
	void pickedMemberShownByName() throws Exception {
		when(members.find("an.nguyen")).thenReturn(Optional.of(
				new Member("an.nguyen", "Nguyễn Văn Ân", "CDCS-01-0001", TargetGroup.WORKER, Instant.EPOCH)));

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", " ")
			.param("contributors[0].kind", "member")
			.param("contributors[0].username", "an.nguyen")
			.param("contributors[0].sharePercent", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<strong>Nguyễn Văn Ân</strong> (<span>an.nguyen</span>)")));
	}

	@Test
	@DisplayName("a search of members outside the author's unions, or too short, is refused beside the row's search box")
	void memberSearchRefusedBesideTheRow() throws Exception {
		when(members.search(any(), eq("a"), isNull()))
			.thenThrow(ProblemException.badRequest("membership.search.too-short", 2));

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Băng tải")
			.param("contributors[0].memberQuery", "a")
			.param("find", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errors", hasEntry("contributors[0].memberQuery",
					"Hãy gõ ít nhất 2 chữ cái của họ tên hoặc tài khoản đoàn viên.")));
	}

	@Test
	@DisplayName("a person without an account: an unreadable date of birth is shown back beside its field, nothing saved")
	void unreadableDateOfBirth() throws Exception {
		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Băng tải")
			.param("contributors[0].kind", "person")
			.param("contributors[0].fullName", "Lê Văn Cường")
			.param("contributors[0].dateOfBirth", "31/02/1990")
			.param("contributors[0].targetGroup", "WORKER")
			.param("contributors[0].sharePercent", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errors", hasEntry("contributors[0].dateOfBirth",
					"Ngày sinh ghi theo dạng ngày/tháng/năm, ví dụ 12/04/1985.")))
			.andExpect(content().string(containsString("value=\"31/02/1990\"")));

		verify(submission, never()).createDraft(any(), any());
	}

	@Test
	@DisplayName("an unknown member or a person named twice, as the service refuses them, is shown beside the row")
	void contributorRefusalsBesideTheRow() throws Exception {
		when(submission.createDraft(any(), any())).thenThrow(ProblemException.invalidFields("contributor.member.unknown",
				List.of(new FieldProblem("contributors[0].username", "contributor.member.unknown"),
						new FieldProblem("contributors[2].fullName", "contributor.duplicate"))));

		mvc.perform(post("/initiatives/new").with(AUTHOR_HN).with(csrf())
			.param("title", "Băng tải")
			.param("contributors[0].kind", "member")
			.param("contributors[0].sharePercent", "50")
			.param("contributors[1].kind", "person")
			.param("contributors[1].fullName", "Lê Văn Cường")
			.param("contributors[1].dateOfBirth", "05/09/1988")
			.param("contributors[1].targetGroup", "WORKER")
			.param("contributors[1].sharePercent", "25")
			.param("contributors[2].kind", "person")
			.param("contributors[2].fullName", "Le Van  Cuong")
			.param("contributors[2].dateOfBirth", "5/9/1988")
			.param("contributors[2].targetGroup", "WORKER")
			.param("contributors[2].sharePercent", "25"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("errors", allOf(
					hasEntry("contributors[0].username",
							"Không tìm thấy đoàn viên có tài khoản này: hãy chọn đoàn viên từ danh sách tìm kiếm."),
					hasEntry("contributors[2].fullName",
							"Người này đã có tên trong danh sách tác giả: mỗi người chỉ ghi một lần."))))
			.andExpect(content().string(allOf(containsString("id=\"contributors-0-username\""),
					containsString("id=\"contributors-2-fullName\""))));
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
