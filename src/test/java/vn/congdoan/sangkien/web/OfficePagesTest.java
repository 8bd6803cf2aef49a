package vn.congdoan.sangkien.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.identity.SignInProvider;
import vn.congdoan.sangkien.identity.SignInProviders;
import vn.congdoan.sangkien.programme.CalendarChanges;
import vn.congdoan.sangkien.programme.EmulationClusters;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.programme.TargetImport;
import vn.congdoan.sangkien.programme.Targets;
import vn.congdoan.sangkien.reporting.CollectiveRecognitions;
import vn.congdoan.sangkien.reporting.MonthlyReports;
import vn.congdoan.sangkien.reporting.StartRecognition;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ImportProgress;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.RowProblem;
import vn.congdoan.sangkien.system.RowsRefused;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitImport;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.TaskInbox;

@PageTest(OfficePages.class)
@DisplayName("The VGCL Office's page, alone: setting a target, changing the calendar, what it refuses, who may")
class OfficePagesTest {

	static final MockMultipartFile UNITS = new MockMultipartFile("file", "don-vi.csv", "text/csv",
			"code,name,parent_code,level,cluster_code,member_count\n".getBytes(StandardCharsets.UTF_8));

	static final OidcLoginRequestPostProcessor OFFICE = signedIn("vanphong.tld", "Văn phòng Tổng Liên đoàn",
			Role.PROGRAMME_OFFICE, "TLD");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProgrammeCalendar calendar;

	@MockitoBean
	Targets targets;

	@MockitoBean
	EmulationClusters clusters;

	@MockitoBean
	CollectiveRecognitions recognitions;

	@MockitoBean
	StartRecognition startRecognition;

	@MockitoBean
	TaskInbox inbox;

	@MockitoBean
	UnitImport unitImport;

	@MockitoBean
	TargetImport targetImport;

	@MockitoBean
	ImportProgress importProgress;

	@MockitoBean
	SignInProviders signInProviders;

	@MockitoBean
	Units units;

	@MockitoBean
	CalendarChanges calendarChanges;

	@MockitoBean
	MonthlyReports monthlyReports;

	@BeforeEach
	void aCalendarOfOnePhase() {
		ProgrammePhase second = new ProgrammePhase("PHASE_2", "Đợt 2", LocalDate.of(2022, 4, 1),
				LocalDate.of(2025, 10, 31), Instant.parse("2022-04-01T00:00:00Z"), Instant.parse("2025-11-15T17:00:00Z"),
				700_000);
		when(calendar.phases()).thenReturn(List.of(second));
		when(calendar.current()).thenReturn(second);
		Unit vgcl = org.mockito.Mockito.mock(Unit.class);
		when(vgcl.code()).thenReturn("TLD");
		when(units.national()).thenReturn(vgcl);
		when(targets.view("TLD", "PHASE_2")).thenReturn(new Targets.TargetView("TLD", "PHASE_2", 700_000,
				List.of(new Targets.SubTarget("LDLD-48", "LĐLĐ thành phố Đà Nẵng", null)), 0, 1, false));
		when(signInProviders.redirectUri(anyString()))
			.thenAnswer(call -> "https://id.congdoan.vn/realms/sangkien/broker/" + call.getArgument(0) + "/endpoint");
	}

	@Test
	@DisplayName("R-5.5: the monthly reports are listed with the nation's line and a link to each month's workbook")
	void monthlyReportsListed() throws Exception {
		when(monthlyReports.visibleTo(any(PlatformUser.class))).thenReturn(List.of(new MonthlyReports.MonthlyReport("2022-09",
				Instant.parse("2022-09-30T19:00:00Z"), List.of(new MonthlyReports.Line("TLD", "Tổng Liên đoàn Lao động Việt Nam",
						1234, 91234, 100_000, null, 0, 0, null, 0)))));

		mvc.perform(get("/office").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/monthly-reports/2022-09/TLD.xlsx\""),
					containsString("01/10/2022 02:00"), containsString("1.234"), containsString("91.234"))));
	}

	@Test
	@DisplayName("a valid target is saved as typed, thousands separators and all, and the page says so")
	void validTargetSaved() throws Exception {
		mvc.perform(post("/office/targets").with(OFFICE).with(csrf())
			.param("unitCode", "LDLD-48")
			.param("period", "2022-Q4")
			.param("count", "1.500"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/office#targets"))
			.andExpect(flash().attribute("done", "Đã giao chỉ tiêu 1.500 sáng kiến cho LDLD-48, 2022-Q4."));

		verify(targets).set(any(PlatformUser.class), eq("LDLD-48"), eq("2022-Q4"), eq(1500));
	}

	@Test
	@DisplayName("a count that is not a whole number comes back as typed, the Vietnamese problem beside it, nothing saved")
	void badNumberShownBack() throws Exception {
		mvc.perform(post("/office/targets").with(OFFICE).with(csrf())
			.param("unitCode", "LDLD-48")
			.param("period", "2022-Q4")
			.param("count", "12,5"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("office"))
			.andExpect(model().attributeHasFieldErrorCode("target", "count", "WholeNumber"))
			.andExpect(content().string(allOf(containsString("value=\"12,5\""),
					containsString("<option value=\"LDLD-48\" selected=\"selected\">"),
					containsString("id=\"target-count-error\">Chỉ tiêu là một số nguyên không âm, ví dụ 300.000.</div>"),
					containsString("id=\"office-problem\""))));
		mvc.perform(post("/office/targets").with(OFFICE).with(csrf())
			.param("unitCode", "LDLD-48")
			.param("period", "2022-Q4")
			.param("count", "3000000000"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("target", "count", "WholeNumber"));

		verify(targets, never()).set(any(), anyString(), anyString(), anyInt());
	}

	@Test
	@DisplayName("only the VGCL Office has the page or sets a target from it")
	void othersRefused() throws Exception {
		OidcLoginRequestPostProcessor officer = signedIn("canbo.hn", "Lê Thị Hoa", Role.UNION_OFFICER, "CDCS-01-0001");

		mvc.perform(get("/office").with(officer))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));
		mvc.perform(post("/office/targets").with(officer).with(csrf())
			.param("unitCode", "LDLD-48")
			.param("period", "2022-Q4")
			.param("count", "10"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/office").with(OFFICE)).andExpect(status().isOk()).andExpect(view().name("office"));

		verify(targets, never()).set(any(), anyString(), anyString(), anyInt());
	}

	@Test
	@DisplayName("a file of units with wrong rows comes back with each row, its column and the reason in Vietnamese (422)")
	void importRefusedShowsEveryRow() throws Exception {
		when(unitImport.importFile(any(), eq("p-1"))).thenThrow(new RowsRefused(List.of(
				new RowProblem(3, "parent", "unit-import.parent.unknown", "CTTT-99-999"),
				new RowProblem(5, "memberCount", "import.count.negative", "-4"))));

		mvc.perform(multipart("/office/units/import").file(UNITS).param("progress", "p-1").with(OFFICE).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(view().name("office"))
			.andExpect(content().string(allOf(
					containsString("Tệp có 2 lỗi; chưa lưu dòng nào."),
					containsString("<td>3</td>"),
					containsString("<td>Mã đơn vị cấp trên</td>"),
					containsString("không có đơn vị cấp trên mã CTTT-99-999, cả trong tệp lẫn trong hệ thống."),
					containsString("<td>Số đoàn viên</td>"),
					containsString("số &quot;-4&quot; bị âm."))));
	}

	@Test
	@DisplayName("a file of units stored: the page says how many units are new, updated and unchanged")
	void importDone() throws Exception {
		when(unitImport.importFile(any(), eq("p-2"))).thenReturn(new UnitImport.Result(3, 1, 1, 1));

		mvc.perform(multipart("/office/units/import").file(UNITS).param("progress", "p-2").with(OFFICE).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/office#import"))
			.andExpect(flash().attribute("done", "Đã nhập 3 đơn vị: 1 đơn vị mới, 1 được cập nhật, 1 không đổi."));
	}

	@Test
	@DisplayName("the Office enters Google's client id and secret: switched on; the client id cleared: switched off; no secret on the page")
	void signInProvidersFromThePage() throws Exception {
		SignInProvider google = new SignInProvider("google", "google", "Google", "123.apps.googleusercontent.com", "", true,
				"https://id.congdoan.vn/realms/sangkien/broker/google/endpoint");
		when(signInProviders.switchOn(any(), eq("google"), any())).thenReturn(google);

		mvc.perform(post("/office/sign-in-providers").with(OFFICE).with(csrf())
			.param("kind", "google").param("alias", "google")
			.param("clientId", "123.apps.googleusercontent.com").param("clientSecret", "bi-mat"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/office#sign-in-providers"))
			.andExpect(flash().attribute("done", "Đã bật đăng nhập bằng Google."));
		verify(signInProviders).switchOn(any(), eq("google"),
				eq(new SignInProviders.Entered("google", "123.apps.googleusercontent.com", "bi-mat", null, null)));

		when(signInProviders.list(any())).thenReturn(List.of(google));
		mvc.perform(get("/office").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sign-in-google\""), containsString("id=\"switch-off-google\""),
					containsString("value=\"123.apps.googleusercontent.com\""),
					containsString("https://id.congdoan.vn/realms/sangkien/broker/google/endpoint"))));

		mvc.perform(post("/office/sign-in-providers").with(OFFICE).with(csrf())
			.param("kind", "google").param("alias", "google").param("clientId", "").param("clientSecret", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("done", "Đã tắt đăng nhập bằng google."));
		verify(signInProviders).switchOff(any(), eq("google"));
	}

	@Test
	@DisplayName("the progress bar reads how far the import is, in words")
	void importProgressPolled() throws Exception {
		when(importProgress.of("p-3")).thenReturn(new ImportProgress.Progress("writing", 5_000, 126_000));

		mvc.perform(get("/office/imports/p-3").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(5_000))
			.andExpect(jsonPath("$.total").value(126_000))
			.andExpect(jsonPath("$.text").value("Đang lưu: 5.000/126.000 dòng"));
	}

	@Test
	@DisplayName("only the VGCL Office imports files, follows an import or downloads a template")
	void importsRefusedToOthers() throws Exception {
		OidcLoginRequestPostProcessor officer = signedIn("canbo.hn", "Lê Thị Hoa", Role.UNION_OFFICER, "CDCS-01-0001");

		mvc.perform(multipart("/office/units/import").file(UNITS).with(officer).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/office/targets/import").file(UNITS).with(officer).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/office/imports/p-4").with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/office/units/template.xlsx").with(officer)).andExpect(status().isForbidden());

		verify(unitImport, never()).importFile(any(), any());
		verify(targetImport, never()).importFile(any(), any(), any());
	}

	@Test
	@DisplayName("a published recognition computed again from the page; a refusal comes back as the message, nothing changed")
	void recognitionComputedAgain() throws Exception {
		mvc.perform(post("/office/recognitions/7/again").with(OFFICE).with(csrf()))
			.andExpect(redirectedUrl("/office#recognitions"))
			.andExpect(flash().attribute("done", "Đã tính lại: kết quả mới chờ xác nhận, kết quả cũ được lưu lại."));
		verify(startRecognition).again(any(PlatformUser.class), eq(7L));

		when(startRecognition.again(any(PlatformUser.class), eq(8L)))
			.thenThrow(vn.congdoan.sangkien.system.ProblemException.conflict("recognition.already-replaced", 8, 9));
		mvc.perform(post("/office/recognitions/8/again").with(OFFICE).with(csrf()))
			.andExpect(flash().attribute("problem", "Đợt xét công nhận 8 đã được tính lại (đợt mới: 9)."));
	}

	@Test
	@DisplayName("a phase is shown as the Office writes it, and what it types is read so: dd/MM/yyyy, 24:00, 300.000 (R-6)")
	void phaseChangedAsTyped() throws Exception {
		mvc.perform(get("/office").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"phase-form-PHASE_2\""),
					containsString("id=\"phase-PHASE_2-qualifiesFrom\" value=\"01/04/2022\""),
					containsString("id=\"phase-PHASE_2-uploadOpensAt\" value=\"01/04/2022 07:00\""),
					containsString("id=\"phase-PHASE_2-uploadClosesAt\" value=\"15/11/2025 24:00\""),
					containsString("id=\"phase-PHASE_2-nationalTarget\" value=\"700.000\""))));

		mvc.perform(post("/office/phases/PHASE_2").with(OFFICE).with(csrf())
			.param("name", " Đợt 2 ").param("qualifiesFrom", "1/6/2022").param("qualifiesTo", "01/09/2023")
			.param("uploadOpensAt", "01/06/2022 07:00").param("uploadClosesAt", "01/09/2023 24:00")
			.param("nationalTarget", "750.000"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/office#calendar"))
			.andExpect(flash().attribute("done", "Đã lưu lịch của Đợt 2."));

		verify(calendarChanges).change(any(PlatformUser.class), eq("PHASE_2"),
				eq(new CalendarChanges.PhaseSettings(" Đợt 2 ", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 9, 1),
						Instant.parse("2022-06-01T00:00:00Z"), Instant.parse("2023-09-01T17:00:00Z"), 750_000)));
	}

	@Test
	@DisplayName("a day or a number that does not read comes back as typed, each problem in Vietnamese, nothing changed")
	void unreadablePhaseShownBack() throws Exception {
		mvc.perform(post("/office/phases/PHASE_2").with(OFFICE).with(csrf())
			.param("name", "Đợt 2").param("qualifiesFrom", "31/02/2022").param("qualifiesTo", "01/09/2023")
			.param("uploadOpensAt", "01/06/2022").param("uploadClosesAt", "01/09/2023 24:00")
			.param("nationalTarget", "7,5"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("office"))
			.andExpect(content().string(allOf(containsString("value=\"31/02/2022\""),
					containsString("Không đọc được &quot;Công nhận từ ngày&quot;: viết ngày dạng dd/MM/yyyy, ví dụ 01/09/2021."),
					containsString("Không đọc được &quot;Bắt đầu đưa lên Cổng&quot;: viết dạng dd/MM/yyyy HH:mm"),
					containsString("Chỉ tiêu là một số nguyên không âm, ví dụ 300.000."),
					containsString("Chưa sửa được đợt: vui lòng kiểm tra các trường được đánh dấu."))));

		verify(calendarChanges, never()).change(any(), anyString(), any());
	}

	@Test
	@DisplayName("a change the calendar refuses comes back with its message: counted initiatives that would move, an overlap")
	void refusedPhaseShownBack() throws Exception {
		when(calendarChanges.change(any(), eq("PHASE_2"), any()))
			.thenThrow(ProblemException.conflict("programme.calendar.moves-counted-outside", 1234L, "Đợt 2"))
			.thenThrow(ProblemException.invalidFields("programme.phase.invalid", List.of(new FieldProblem("qualifiesFrom",
					"programme.phase.overlaps", "Đợt 1", "01/09/2021", "31/05/2022"))));

		for (int status : new int[] { 409, 400 }) {
			mvc.perform(post("/office/phases/PHASE_2").with(OFFICE).with(csrf())
				.param("name", "Đợt 2").param("qualifiesFrom", "01/05/2022").param("qualifiesTo", "01/09/2023")
				.param("uploadOpensAt", "01/06/2022 07:00").param("uploadClosesAt", "01/09/2023 24:00")
				.param("nationalTarget", "700.000"))
				.andExpect(status().is(status))
				.andExpect(content().string(allOf(containsString("value=\"01/05/2022\""), status == 409
						? containsString("Không sửa được lịch: 1.234 sáng kiến đã được tính vào Đợt 2 sẽ không còn thuộc đợt nào.")
						: containsString("Thời gian công nhận trùng với Đợt 1 (01/09/2021 - 31/05/2022)"))));
		}
	}

	@Test
	@DisplayName("the latest changes of the calendar and targets: who, when, and each value before and after as the programme writes it")
	void latestChangesShown() throws Exception {
		when(calendarChanges.latest(any())).thenReturn(List.of(new CalendarChanges.Change(3, "PHASE", "PHASE_2", "vanphong.tld",
				Instant.parse("2026-12-01T02:00:00Z"), Map.of("nationalTarget", 700_000, "uploadClosesAt", "2023-09-01T17:00:00Z"),
				Map.of("nationalTarget", 750_000, "uploadClosesAt", "2023-09-30T17:00:00Z"))));

		mvc.perform(get("/office").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"calendar-changes\""),
					containsString("<td>01/12/2026 09:00</td>"), containsString("<td>vanphong.tld</td>"),
					containsString("Chỉ tiêu toàn quốc: 700.000 → 750.000"),
					containsString("Kết thúc đưa lên Cổng: 24:00 01/09/2023 → 24:00 30/09/2023"))));
	}
}
