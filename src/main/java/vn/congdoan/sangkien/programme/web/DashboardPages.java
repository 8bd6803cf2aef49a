package vn.congdoan.sangkien.programme.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.IdeaCounts;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.UnitDashboards;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/** The dashboard of a unit in the officer's subtree, with links down the tree. */
@Pages
class DashboardPages {

	/** Enough bars to read on a phone; the table below lists every sub-unit. */
	private static final int CHART_UNITS = 15;

	private final UnitDashboards dashboards;

	private final CurrentUser currentUser;

	private final ProgrammeCalendar calendar;

	private final ObjectProvider<IdeaCounts> ideaCounts;

	private final Units units;

	DashboardPages(UnitDashboards dashboards, CurrentUser currentUser, ProgrammeCalendar calendar,
			ObjectProvider<IdeaCounts> ideaCounts, Units units) {
		this.dashboards = dashboards;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.ideaCounts = ideaCounts;
		this.units = units;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String phase,
			Model model) {
		PlatformUser user = currentUser.get();
		String shown = phase == null || phase.isBlank() ? calendar.current().code() : phase;
		UnitDashboards.Dashboard dashboard = dashboards.of(user, unit == null ? dashboards.homeUnitOf(user) : unit, shown);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("phase", shown);
		model.addAttribute("chartUnits", dashboard.subUnits().stream().limit(CHART_UNITS).toList());
		// the subtree's ideas, idea days and ideas recognised as initiatives, once the unit is known to be followed.
		IdeaCounts counts = ideaCounts.getIfAvailable();
		model.addAttribute("ideaCounts", counts == null ? null : counts.countsOf(dashboard.unit().code()));
		// A grassroots union's notice with its QR code, for the officers who may print it (document.Documents).
		String shownUnit = dashboard.unit().code();
		model.addAttribute("notice", units.findByCode(shownUnit).map(Unit::level).orElse(null) == UnitLevel.GRASSROOTS
				&& user.holdsInAny(Role.UNION_OFFICER, units.selfAndAncestors(shownUnit)));
		return "programme/dashboard";
	}
}
