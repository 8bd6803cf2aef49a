package vn.congdoan.sangkien.reporting;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Reports", description = "R-5.5: a unit's Excel export, the monthly report to the VGCL Office, open data (public)")
class ReportController {

	private final UnitReports unitReports;

	private final MonthlyReports monthlyReports;

	private final OpenData openData;

	private final CurrentUser currentUser;

	ReportController(UnitReports unitReports, MonthlyReports monthlyReports, OpenData openData, CurrentUser currentUser) {
		this.unitReports = unitReports;
		this.monthlyReports = monthlyReports;
		this.openData = openData;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/units/{unit}/report.xlsx")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "target.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "report.outside-subtree")
	@Operation(summary = "The Excel workbook of a unit's subtree: its initiatives (sheet \"Sáng kiến\") and its totals against targets, participation by phase, quarter, kind and target group (sheet \"Tổng hợp\"); for the officers of the unit or above it")
	void unitReport(@PathVariable String unit, HttpServletResponse response) throws IOException {
		unitReports.send(currentUser.get(), unit, response);
	}

	@GetMapping("/api/monthly-reports")
	@PreAuthorize("hasAnyRole('programme-office', 'union-officer', 'commendation-approver')")
	@Operation(summary = "The monthly reports to the VGCL Office, newest first, each with the lines of the reader's subtree")
	List<MonthlyReports.MonthlyReport> monthlyReports() {
		return monthlyReports.visibleTo(currentUser.get());
	}

	@GetMapping("/api/monthly-reports/{month}/{unit}.xlsx")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "report.month.invalid")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "target.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "report.outside-subtree")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "report.monthly.not-found")
	@Operation(summary = "A month's report (2022-09) for a unit as a workbook: its line and those below it (VGCL's: every line)")
	void monthlyReport(@PathVariable String month, @PathVariable String unit, HttpServletResponse response) throws IOException {
		monthlyReports.send(currentUser.get(), month, unit, response);
	}

	@PostMapping("/api/monthly-reports/{month}")
	@PreAuthorize("hasRole('programme-office')")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "report.month.invalid")
	@Operation(summary = "Make a month's report now (2022-09), replacing it if it was made: the VGCL Office")
	MonthlyReports.MonthlyReport generate(@PathVariable String month) {
		return monthlyReports.generate(MonthlyReports.month(month));
	}

	@GetMapping("/api/public/open-data/initiatives.csv")
	@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, code = "open-data.busy")
	@Operation(summary = "Open data: the published initiatives as CSV (UTF-8), never their confidential content (public)")
	void openDataCsv(HttpServletResponse response) {
		openData.csv(response);
	}

	@GetMapping("/api/public/open-data/initiatives.json")
	@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, code = "open-data.busy")
	@Operation(summary = "Open data: the published initiatives as JSON, never their confidential content (public)")
	void openDataJson(HttpServletResponse response) {
		openData.json(response);
	}
}
