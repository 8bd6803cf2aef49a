package vn.congdoan.sangkien.programme.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.IdeaCounts;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.Targets;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.programme.UnitDashboards;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

@PageTest(DashboardPages.class)
@DisplayName("A unit's dashboard page, alone: the officer's own unit by default, refused to whom the dashboards refuse")
class DashboardPagesTest {

	@Autowired
	MockMvc mvc;

	/** The union of a scanned notice (Welcome) or whether a unit is grassroots (the dashboard's notice link). */
	@MockitoBean
	Units units;

	@MockitoBean
	UnitDashboards dashboards;

	@MockitoBean
	ProgrammeCalendar calendar;

	@MockitoBean
	IdeaCounts ideaCounts;

	/** The calendar's phase of the day, as the page asks it when none is named. */
	@BeforeEach
	void phaseTwoIsCurrent() {
		ProgrammePhase second = org.mockito.Mockito.mock(ProgrammePhase.class);
		when(second.code()).thenReturn("PHASE_2");
		when(calendar.current()).thenReturn(second);
	}

	@Test
	@DisplayName("an officer of a district union sees its dashboard, its sub-units charted, by default for phase 2")
	void rendersForAnOfficer() throws Exception {
		OidcLoginRequestPostProcessor officer = signedIn("canbo.caugiay", "Đỗ Minh Quân", Role.UNION_OFFICER,
				"CTTT-01-005");
		when(dashboards.homeUnitOf(any(PlatformUser.class))).thenReturn("CTTT-01-005");
		when(dashboards.of(any(PlatformUser.class), eq("CTTT-01-005"), eq("PHASE_2"))).thenReturn(caugiay());

		mvc.perform(get("/dashboard").with(officer))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/dashboard"))
			.andExpect(model().attribute("phase", "PHASE_2"))
			.andExpect(content().string(allOf(containsString("id=\"dashboard-heading\">LĐLĐ quận Cầu Giấy</h1>"),
					containsString("id=\"dashboard-programme-count\">2.468</p>"), containsString("CDCS-01-0001"),
					containsString("href=\"/units/CTTT-01-005/appointments\""))));
	}

	@Test
	@DisplayName("R-5.2: the dashboard counts the subtree's ideas, idea days and ideas that became recognised initiatives")
	void countsIdeas() throws Exception {
		when(dashboards.homeUnitOf(any(PlatformUser.class))).thenReturn("CTTT-01-005");
		when(dashboards.of(any(PlatformUser.class), eq("CTTT-01-005"), eq("PHASE_2"))).thenReturn(caugiay());
		when(ideaCounts.countsOf("CTTT-01-005")).thenReturn(new IdeaCounts.Counts(1042, 3, 7));

		mvc.perform(get("/dashboard").with(signedIn("canbo.caugiay", "Đỗ Minh Quân", Role.UNION_OFFICER, "CTTT-01-005")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"dashboard-idea-count\">1.042</dd>"),
					containsString("id=\"dashboard-idea-day-count\">3</dd>"),
					containsString("id=\"dashboard-idea-recognised-count\">7</dd>"))));
	}

	@Test
	@DisplayName("an author is refused with a 403 page, as the dashboards refuse whoever follows no unit")
	void refusedForAnAuthor() throws Exception {
		OidcLoginRequestPostProcessor author = signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001");
		when(dashboards.homeUnitOf(argThat(user -> user.hasRole(Role.AUTHOR))))
			.thenThrow(ProblemException.forbidden("auth.forbidden"));

		mvc.perform(get("/dashboard").with(author))
			.andExpect(status().isForbidden())
			.andExpect(view().name("problem"))
			.andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này.")));

		verify(dashboards, never()).of(any(), any(), any());
	}

	static UnitDashboards.Dashboard caugiay() {
		Leaderboards.Standing programme = standing("CTTT-01-005", "LĐLĐ quận Cầu Giấy", 2468);
		return new UnitDashboards.Dashboard(new UnitDashboards.UnitLink("CTTT-01-005", "LĐLĐ quận Cầu Giấy"), 62_000,
				List.of(new UnitDashboards.UnitLink("CTTT-01-005", "LĐLĐ quận Cầu Giấy")),
				List.of(new UnitDashboards.PhaseStanding("PHASE_2", "Đợt 2", programme)), programme, List.of(), List.of(),
				new Targets.TargetView("CTTT-01-005", "PHASE_2", 2000,
						List.of(new Targets.SubTarget("CDCS-01-0001", "Công đoàn Công ty May 10", 2000)), 2000, 0, true),
				List.of(standing("CDCS-01-0001", "Công đoàn Công ty May 10", 2468)));
	}

	static Leaderboards.Standing standing(String unitCode, String name, long count) {
		return new Leaderboards.Standing(1, unitCode, name, count, 2000, new BigDecimal("123.4"), 300, 62_000,
				new BigDecimal("0.5"), false, 1_234_567);
	}
}
