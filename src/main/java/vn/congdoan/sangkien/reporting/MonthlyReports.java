package vn.congdoan.sangkien.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.ReportedInitiatives;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.UnitDashboards;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.UnitTree;
import vn.congdoan.sangkien.unit.Units;

/**
 * the monthly report to the VGCL Office. One report a month for the nation, a line for VGCL and one for
 * each unit directly under it: the initiatives published on the portal in the month (counted from the initiatives
 * themselves, rolled up the tree) and the programme's running totals when it was made, against the targets, with
 * the participation. Each level reads the lines of its own subtree, as it reads its dashboard: the Office
 * every line, a provincial union its own; a level below reads none (its figures are on its dashboard and its
 * Excel export).
 */
@Service
public class MonthlyReports {

	private final JdbcTemplate jdbc;

	private final Units units;

	private final UnitTree tree;

	private final ReportedInitiatives initiatives;

	private final Leaderboards leaderboards;

	private final UnitDashboards dashboards;

	private final UnitReports unitReports;

	private final ProgrammeCalendar calendar;

	private final ObjectMapper json;

	private final Clock clock;

	MonthlyReports(JdbcTemplate jdbc, Units units, UnitTree tree, ReportedInitiatives initiatives,
			Leaderboards leaderboards, UnitDashboards dashboards, UnitReports unitReports, ProgrammeCalendar calendar, ObjectMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.tree = tree;
		this.initiatives = initiatives;
		this.leaderboards = leaderboards;
		this.dashboards = dashboards;
		this.unitReports = unitReports;
		this.calendar = calendar;
		this.json = json;
		this.clock = clock;
	}

	/** The month before the programme's today: the one the first day of a month reports on. */
	YearMonth lastMonth() {
		return YearMonth.now(clock).minusMonths(1);
	}

	/**
	 * The month's report, made when it is missing and the month is one of the programme's: a node starting after the
	 * first day of the month, or two nodes on that day, make it once (the second finds it there, or, at the same
	 * moment, writes the same lines over it). Nothing before the union tree is imported: there is no one to report.
	 * One transaction: a report half made is not there, and the next try makes it whole.
	 */
	@Transactional
	public boolean generateIfAbsent(YearMonth month) {
		if (month.atEndOfMonth().isBefore(calendar.programmeStart()) || month.atDay(1).isAfter(calendar.programmeEnd())
				|| units.findByLevelOrderByCode(UnitLevel.NATIONAL).isEmpty()
				|| Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from monthly_report where month = ?)",
						Boolean.class, month.toString()))) {
			return false;
		}
		generate(month);
		return true;
	}

	/** Makes the month's report, replacing its lines if it was made before: the Office's way to make it again. */
	@Transactional
	public MonthlyReport generate(YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
		Unit national = units.national();
		List<Unit> reported = new ArrayList<>();
		reported.add(national);
		reported.addAll(units.findByLevelOrderByCode(UnitLevel.LEVEL2));
		Map<String, Long> inMonth = rolledUp(initiatives.publishedByUnit(from, to), national.code());
		Instant now = clock.instant();
		List<Line> lines = new ArrayList<>();
		for (Unit unit : reported) {
			Leaderboards.Standing programme = leaderboards.unit(unit.code(), Leaderboards.WHOLE_PROGRAMME);
			Line line = new Line(unit.code(), unit.name(), inMonth.getOrDefault(unit.code(), 0L), programme.count(),
					programme.target(), programme.percentOfTarget(), programme.authors(), programme.members(),
					programme.participationPercent(), programme.benefitVnd());
			jdbc.update("""
					insert into monthly_report (month, unit_code, generated_at, totals) values (?, ?, ?, ?::jsonb)
					on conflict (month, unit_code) do update set generated_at = excluded.generated_at, totals = excluded.totals""",
					month.toString(), unit.code(), Timestamp.from(now), write(line));
			lines.add(line);
		}
		return new MonthlyReport(month.toString(), now, lines);
	}

	/**
	 * The month's count of each unit added to VGCL and to the unit directly under it that it belongs to, from the
	 * whole tree in memory (one query, not one per unit).
	 */
	private Map<String, Long> rolledUp(Map<String, Long> byUnit, String national) {
		Map<String, UnitTree.Place> places = byUnit.isEmpty() ? Map.of() : tree.places();
		Map<String, Long> rolled = new HashMap<>();
		byUnit.forEach((code, count) -> {
			rolled.merge(national, count, Long::sum);
			for (String at = code; at != null && places.containsKey(at); at = places.get(at).parentCode()) {
				if (places.get(at).level() == UnitLevel.LEVEL2) {
					rolled.merge(at, count, Long::sum);
					break;
				}
			}
		});
		return rolled;
	}

	/** The reports, newest first, each with the lines of the user's subtree; a month with none is left out. */
	@Transactional(readOnly = true)
	public List<MonthlyReport> visibleTo(PlatformUser user) {
		Map<String, Boolean> follows = new HashMap<>();
		Map<String, MonthlyReport> reports = new LinkedHashMap<>();
		jdbc.query("""
				select month, generated_at, unit_code, totals from monthly_report
				order by month desc, (unit_code = ?) desc, unit_code""", rs -> {
			String unitCode = rs.getString(3);
			if (follows.computeIfAbsent(unitCode, code -> dashboards.followsSubtreeOf(user, code))) {
				Instant generated = rs.getTimestamp(2).toInstant();
				reports.computeIfAbsent(rs.getString(1), month -> new MonthlyReport(month, generated, new ArrayList<>()))
					.lines().add(read(rs.getString(4)));
			}
		}, units.national().code());
		return List.copyOf(reports.values());
	}

	/**
	 * The month's report for a unit as a workbook: its line and those of the units under it (VGCL's: every line).
	 * 404 for an unknown unit or a month without its line, 403 for a unit outside the user's subtree.
	 */
	public void send(PlatformUser user, String month, String unitCode, HttpServletResponse response) throws IOException {
		YearMonth reported = month(month);
		Unit unit = unitReports.readableBy(user, unitCode);
		List<Line> lines = new ArrayList<>();
		Instant[] generated = new Instant[1];
		jdbc.query("select unit_code, generated_at, totals from monthly_report where month = ? order by (unit_code = ?) desc, unit_code",
				rs -> {
					String code = rs.getString(1);
					if (code.equals(unit.code()) || unit.parentCode() == null) {
						lines.add(read(rs.getString(3)));
						generated[0] = rs.getTimestamp(2).toInstant();
					}
				}, reported.toString(), unit.code());
		if (lines.isEmpty()) {
			throw ProblemException.notFound("report.monthly.not-found", reported.toString(), unit.code());
		}
		response.setContentType(UnitReports.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("bao-cao-thang-" + reported + "-" + unit.code() + ".xlsx").build().toString());
		SXSSFWorkbook workbook = ReportSheet.workbook();
		try {
			ReportSheet sheet = ReportSheet.in(workbook, "Tháng " + reported.getMonthValue() + "-" + reported.getYear(), 14, 50,
					16, 16, 12, 12, 12, 12, 12, 18);
			sheet.line().text("Báo cáo tháng " + String.format("%02d/%d", reported.getMonthValue(), reported.getYear()))
				.text("Lập lúc " + ProgrammeTime.moment(generated[0]));
			sheet.gap().heading("Mã đơn vị", "Đơn vị", "Đăng trong tháng", "Lũy kế", "Chỉ tiêu", "% chỉ tiêu", "Tác giả",
					"Đoàn viên", "% tham gia", "Làm lợi (đồng)");
			for (Line line : lines) {
				sheet.line().text(line.unitCode()).text(line.name()).number(line.publishedInMonth()).number(line.published())
					.number(line.target()).number(line.percentOfTarget()).number(line.authors()).number(line.members())
					.number(line.participationPercent()).number(line.benefitVnd());
			}
			workbook.write(response.getOutputStream());
		}
		finally {
			workbook.dispose();
		}
	}

	static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw ProblemException.badRequest("report.month.invalid", month);
		}
	}

	private String write(Line line) {
		try {
			return json.writeValueAsString(line);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Line read(String totals) {
		try {
			return json.readValue(totals, Line.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A month's report: when it was made and its lines the reader may see. */
	public record MonthlyReport(String month, Instant generatedAt, List<Line> lines) {
	}

	/**
	 * A unit's line: the initiatives published in the month, and when the report was made the programme's count, its
	 * target (every phase's), the share of it, the credited authors over the members and the benefit.
	 */
	public record Line(String unitCode, String name, long publishedInMonth, long published, Integer target,
			BigDecimal percentOfTarget, long authors, long members, BigDecimal participationPercent, long benefitVnd) {
	}
}
