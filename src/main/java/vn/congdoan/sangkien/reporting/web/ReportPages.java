package vn.congdoan.sangkien.reporting.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.reporting.MonthlyReports;
import vn.congdoan.sangkien.reporting.UnitReports;
import vn.congdoan.sangkien.system.Pages;

/**
 * The reports of as downloads from the pages (a signed-in session, not a token): the unit's workbook from its
 * dashboard, the monthly report from the Office's page. The same files and the same refusals as the API's.
 */
@Pages
class ReportPages {

	private final UnitReports unitReports;

	private final MonthlyReports monthlyReports;

	private final CurrentUser currentUser;

	ReportPages(UnitReports unitReports, MonthlyReports monthlyReports, CurrentUser currentUser) {
		this.unitReports = unitReports;
		this.monthlyReports = monthlyReports;
		this.currentUser = currentUser;
	}

	@GetMapping("/units/{unit}/report.xlsx")
	void unitReport(@PathVariable String unit, HttpServletResponse response) throws IOException {
		unitReports.send(currentUser.get(), unit, response);
	}

	@GetMapping("/monthly-reports/{month}/{unit}.xlsx")
	void monthlyReport(@PathVariable String month, @PathVariable String unit, HttpServletResponse response) throws IOException {
		monthlyReports.send(currentUser.get(), month, unit, response);
	}
}
