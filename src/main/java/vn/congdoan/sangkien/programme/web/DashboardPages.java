package vn.congdoan.sangkien.programme.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.programme.UnitDashboards;
import vn.congdoan.sangkien.system.Pages;

/** The dashboard of a unit in the officer's subtree, with links down the tree. */
@Pages
class DashboardPages {

	/** Enough bars to read on a phone; the table below lists every sub-unit. */
	private static final int CHART_UNITS = 15;

	private final UnitDashboards dashboards;

	private final CurrentUser currentUser;

	DashboardPages(UnitDashboards dashboards, CurrentUser currentUser) {
		this.dashboards = dashboards;
		this.currentUser = currentUser;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "PHASE_2") String phase,
			Model model) {
		PlatformUser user = currentUser.get();
		UnitDashboards.Dashboard dashboard = dashboards.of(user, unit == null ? dashboards.homeUnitOf(user) : unit, phase);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("phase", phase);
		model.addAttribute("chartUnits", dashboard.subUnits().stream().limit(CHART_UNITS).toList());
		return "programme/dashboard";
	}
}
