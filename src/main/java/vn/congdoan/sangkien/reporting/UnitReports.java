package vn.congdoan.sangkien.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.ReportedInitiatives;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.programme.UnitDashboards;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitTree;
import vn.congdoan.sangkien.unit.Units;

/**
 * the Excel workbook of a unit's subtree for the officers who follow it (those of the unit or of a unit
 * above it, as its dashboard). Sheet "Sáng kiến": every initiative submitted in the subtree, streamed from the
 * database into a streaming workbook, so that 500,000 rows take the same memory as 500 (docs/benchmarks/README.md,
 * "Excel export"). Sheet "Tổng hợp": the unit's totals against its targets and its participation by phase,
 * quarter, kind and target group, and the same for each of its direct sub-units, from the running totals.
 */
@Service
public class UnitReports {

	static final String INITIATIVES = "Sáng kiến";

	static final String TOTALS = "Tổng hợp";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final UnitDashboards dashboards;

	private final Units units;

	private final UnitTree tree;

	private final ReportedInitiatives initiatives;

	private final ProgrammeCalendar calendar;

	private final MessageSource messages;

	UnitReports(UnitDashboards dashboards, Units units, UnitTree tree, ReportedInitiatives initiatives,
			ProgrammeCalendar calendar, MessageSource messages) {
		this.dashboards = dashboards;
		this.units = units;
		this.tree = tree;
		this.initiatives = initiatives;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The unit, when the user may have its report: 404 for an unknown unit, 403 outside the user's subtree. */
	Unit readableBy(PlatformUser user, String unitCode) {
		Unit unit = units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound("target.unit.unknown", unitCode));
		if (!dashboards.followsSubtreeOf(user, unitCode)) {
			throw ProblemException.forbidden("report.outside-subtree", unitCode);
		}
		return unit;
	}

	/** The file's name: the unit's code, never its Vietnamese name, which some clients mangle. */
	static String fileName(Unit unit) {
		return "bao-cao-" + unit.code() + ".xlsx";
	}

	/**
	 * The workbook of the unit as a download, the same for the API and the dashboard's link: the refusals (403, 404)
	 * come before the first byte, while they can still be an answer of their own.
	 */
	public void send(PlatformUser user, String unitCode, HttpServletResponse response) throws IOException {
		Unit unit = readableBy(user, unitCode);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(unit)).build().toString());
		write(user, unit, response.getOutputStream());
	}

	/** Writes the workbook of a unit {@link #readableBy} the user. */
	void write(PlatformUser user, Unit unit, OutputStream out) {
		List<String> subtree = units.selfAndDescendants(unit.code());
		Map<String, String> names = tree.names(subtree);
		// VGCL's subtree is every unit: no filter rather than 126,000 codes.
		Optional<Collection<String>> filter = unit.parentCode() == null ? Optional.empty() : Optional.of(subtree);
		SXSSFWorkbook workbook = ReportSheet.workbook();
		try {
			writeInitiatives(workbook, filter, names);
			writeTotals(ReportSheet.in(workbook, TOTALS, 24, 16, 40, 12, 12, 12, 12, 14, 14, 18), user, unit, filter);
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	/**
	 * One row per initiative; a sheet holds 1,048,576 rows, so VGCL's 2,500,000 go on "Sáng kiến", "Sáng kiến (2)",
	 * "Sáng kiến (3)", each with its headings.
	 */
	private void writeInitiatives(SXSSFWorkbook workbook, Optional<Collection<String>> filter, Map<String, String> names) {
		ReportSheet[] sheet = { initiativeSheet(workbook, INITIATIVES) };
		int[] sheets = { 1 };
		initiatives.ofUnits(filter, row -> {
			if (sheet[0].rows() == SpreadsheetVersion.EXCEL2007.getMaxRows()) {
				sheet[0] = initiativeSheet(workbook, INITIATIVES + " (" + ++sheets[0] + ")");
			}
			sheet[0].line()
				.number(row.number())
				.text(row.title())
				.text(row.unitCode())
				.text(names.get(row.unitCode()))
				.text(row.kind() == null ? null : label("kind." + row.kind()))
				.text(label("status." + row.status().name()))
				.date(row.submittedAt())
				.date(row.recognitionDate())
				.date(row.uploadedAt());
		});
	}

	private static ReportSheet initiativeSheet(SXSSFWorkbook workbook, String name) {
		return ReportSheet.in(workbook, name, 10, 60, 16, 40, 30, 28, 12, 14, 14)
			.heading("Số", "Tên sáng kiến", "Mã đơn vị", "Đơn vị", "Loại", "Trạng thái", "Ngày nộp", "Ngày công nhận",
					"Ngày đưa lên Cổng");
	}

	private void writeTotals(ReportSheet sheet, PlatformUser user, Unit unit, Optional<Collection<String>> filter) {
		List<ProgrammePhase> phases = calendar.phases();
		List<UnitDashboards.Dashboard> byPhase = phases.stream()
			.map(phase -> dashboards.of(user, unit.code(), phase.code()))
			.toList();
		sheet.line().text(unit.code()).text(unit.name());
		sheet.gap().heading("Theo đợt", "Mã đơn vị", "Đơn vị", "Sáng kiến", "Chỉ tiêu", "% chỉ tiêu", "Tác giả", "Đoàn viên",
				"% tham gia", "Làm lợi (đồng)");
		if (!byPhase.isEmpty()) {
			byPhase.get(0).phases().forEach(phase -> standing(sheet.line().text(phase.name()).text(unit.code()).text(unit.name()), phase.standing()));
			standing(sheet.line().text("Cả chương trình").text(unit.code()).text(unit.name()), byPhase.get(0).programme());
		}
		sheet.gap().heading("Theo quý", "Mã đơn vị", "Đơn vị", "Sáng kiến", "Chỉ tiêu");
		if (!byPhase.isEmpty()) {
			byPhase.get(0).byQuarter().forEach(quarter -> sheet.line().text(quarter.quarter()).text(unit.code()).text(unit.name())
				.number(quarter.count()).number(quarter.target()));
		}
		sheet.gap().heading("Theo loại", "Đợt", "", "Sáng kiến");
		for (int i = 0; i < phases.size(); i++) {
			String phase = phases.get(i).name();
			byPhase.get(i).byKind().forEach(kind -> sheet.line().text(label("kind." + kind.kind())).text(phase).text("")
				.number(kind.count()));
		}
		sheet.gap().heading("Theo đối tượng (R-8)", "", "", "Sáng kiến", "Người được ghi nhận");
		Map<TargetGroup, ReportedInitiatives.GroupCount> groups = initiatives.publishedByTargetGroup(filter);
		for (TargetGroup group : TargetGroup.values()) {
			ReportedInitiatives.GroupCount count = groups.getOrDefault(group, new ReportedInitiatives.GroupCount(0, 0));
			sheet.line().text(label("target-group." + group.name())).text("").text("").number(count.initiatives())
				.number(count.contributors());
		}
		sheet.gap().heading("Đơn vị trực thuộc", "Mã đơn vị", "Đơn vị", "Sáng kiến", "Chỉ tiêu", "% chỉ tiêu", "Tác giả",
				"Đoàn viên", "% tham gia", "Làm lợi (đồng)");
		for (int i = 0; i < phases.size(); i++) {
			String phase = phases.get(i).name();
			byPhase.get(i).subUnits().forEach(sub -> standing(sheet.line().text(phase).text(sub.unitCode()).text(sub.name()), sub));
		}
	}

	private static void standing(ReportSheet line, Leaderboards.Standing standing) {
		line.number(standing.count()).number(standing.target()).number(standing.percentOfTarget())
			.number(standing.authors()).number(standing.members()).number(standing.participationPercent())
			.number(standing.benefitVnd());
	}

	private String label(String code) {
		return messages.getMessage(code, null, code, VIETNAMESE);
	}
}
