package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.system.ProgrammeTime;

@PlatformTest
@DisplayName("Reports (R-5.5): a unit's Excel export, open data, the monthly report to the VGCL Office")
class ReportsApiTest {

	/** The month the tests' initiatives are published in: the test clock's (2022-10-03). */
	static final String MONTH = "2022-10";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MonthlyReports monthlyReports;

	@Autowired
	TestRestTemplate rest;

	final ObjectMapper json = new ObjectMapper();

	SharedRows monthKept;

	@BeforeEach
	void keepTheMonthsReport() {
		monthKept = SharedRows.keep(jdbc, "monthly_report", "month = ?", MONTH);
	}

	@AfterEach
	void leaveItAsFound() {
		monthKept.restore();
	}

	@Test
	@DisplayName("the district's officer downloads its subtree: a known initiative's row with its status and dates, "
			+ "and the totals against targets by phase, quarter, kind and target group")
	void unitExport() throws IOException {
		long id = steps.published("Báo cáo Excel: máy cắt vải tự động");
		EventPublications.awaitAllHandled(jdbc);

		ResponseEntity<byte[]> report = api.download("canbo.caugiay", "/api/units/CTTT-01-005/report.xlsx");

		assertThat(report.getStatusCode().value()).isEqualTo(200);
		assertThat(report.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-CTTT-01-005.xlsx");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getBody()))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Sáng kiến");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Tổng hợp");
			List<String> row = rowOf(workbook.getSheet("Sáng kiến"), String.valueOf(id));
			Map<String, Object> dates = jdbc.queryForMap(
					"select submitted_at, recognition_date, portal_uploaded_at from initiative where id = ?", id);
			assertThat(row).containsExactly(String.valueOf(id), "Báo cáo Excel: máy cắt vải tự động", "CDCS-01-0001",
					"Công đoàn Công ty Cổ phần May Cầu Giấy", "Giải pháp kỹ thuật", "Đã đăng trên Cổng",
					day((Timestamp) dates.get("submitted_at")), ((java.sql.Date) dates.get("recognition_date")).toLocalDate().format(DAY),
					day((Timestamp) dates.get("portal_uploaded_at")));
			assertThat(rowOf(workbook.getSheet("Sáng kiến"), "Số")).startsWith("Số", "Tên sáng kiến");

			Sheet totals = workbook.getSheet("Tổng hợp");
			JsonNode programme = api.get(null, "/api/public/participation/CTTT-01-005?phase=ALL").body();
			assertThat(rowOf(totals, "Cả chương trình")).startsWith("Cả chương trình", "CTTT-01-005",
					"Liên đoàn Lao động quận Cầu Giấy", String.valueOf(programme.path("count").asLong()));
			assertThat(rowOf(totals, "Đợt 2").get(1)).isEqualTo("CTTT-01-005");
			assertThat(Long.parseLong(rowOf(totals, "2022-Q4").get(3))).as("published in the test clock's quarter").isPositive();
			assertThat(Long.parseLong(rowOf(totals, "Giải pháp kỹ thuật").get(3))).isPositive();
			assertThat(Long.parseLong(rowOf(totals, "Người lao động").get(3))).as("initiatives crediting a worker (R-8)")
				.isPositive();
			assertThat(column(totals, 1)).as("the direct sub-units, per phase").contains("CDCS-01-0001", "CDCS-01-0002");
		}
	}

	@Test
	@DisplayName("a unit outside one's subtree is a 403 in Vietnamese with a stable code; an unknown unit a 404")
	void refusals() throws IOException {
		ResponseEntity<byte[]> refused = api.download("canbo.dn", "/api/units/LDLD-01/report.xlsx");
		ResponseEntity<byte[]> unknown = api.download("vanphong.tld", "/api/units/KHONG-CO/report.xlsx");
		ResponseEntity<byte[]> byAnAuthor = api.download("tacgia.hn", "/api/units/CDCS-01-0001/report.xlsx");

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		JsonNode problem = json.readTree(refused.getBody());
		assertThat(problem.path("code").asText()).isEqualTo("report.outside-subtree");
		assertThat(problem.path("detail").asText()).contains("LDLD-01", "chỉ dành cho cán bộ");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(json.readTree(unknown.getBody()).path("code").asText()).isEqualTo("target.unit.unknown");
		assertThat(byAnAuthor.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	@DisplayName("open data: a published initiative in CSV and JSON for anyone, without its confidential content")
	void openData() throws IOException {
		String secret = "Bí quyết phối liệu Khongcongbo 42";
		String title = "Dữ liệu mở: khuôn ép gạch, loại \"mới\"";
		long id = steps.publishedFrom(InitiativeDrafts.complete(title.replace("\"", "\\\""), "tacgia.hn", "Nguyễn Văn An")
			.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"confidentialContent\":\"" + secret + "\",")));
		assertThat(jdbc.queryForObject("select confidential_content from initiative where id = ?", String.class, id))
			.as("stored, to be kept out").isEqualTo(secret);

		ResponseEntity<byte[]> csv = rest.getForEntity("/api/public/open-data/initiatives.csv", byte[].class);
		ResponseEntity<byte[]> jsonFile = rest.getForEntity("/api/public/open-data/initiatives.json", byte[].class);

		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFnumber,title,summary,unit_code,unit_name,kind,kind_name,recognition_date,upload_date\r\n")
			.contains(id + ",\"Dữ liệu mở: khuôn ép gạch, loại \"\"mới\"\"\",Tóm tắt của sáng kiến,CDCS-01-0001,"
					+ "Công đoàn Công ty Cổ phần May Cầu Giấy,TECHNICAL_SOLUTION,Giải pháp kỹ thuật,")
			.doesNotContain("Khongcongbo");
		assertThat(jsonFile.getStatusCode().value()).isEqualTo(200);
		assertThat(new String(jsonFile.getBody(), StandardCharsets.UTF_8)).doesNotContain("Khongcongbo");
		JsonNode published = StreamSupport.stream(json.readTree(jsonFile.getBody()).spliterator(), false)
			.filter(node -> node.path("number").asLong() == id)
			.findFirst()
			.orElseThrow();
		assertThat(published.path("title").asText()).isEqualTo(title);
		assertThat(published.path("unitName").asText()).isEqualTo("Công đoàn Công ty Cổ phần May Cầu Giấy");
		assertThat(published.path("uploadDate").asText()).isEqualTo(jdbc.queryForObject(
				"select portal_uploaded_at from initiative where id = ?", Timestamp.class, id).toInstant()
			.atZone(ProgrammeTime.ZONE).toLocalDate().toString());
		assertThat(published.has("confidentialContent")).isFalse();
	}

	@Test
	@DisplayName("the monthly report: made for a month, listed with each level's own lines, downloaded, refused "
			+ "outside one's subtree")
	void monthlyReport() throws IOException {
		steps.published("Báo cáo tháng: bàn may điều chỉnh độ cao");
		EventPublications.awaitAllHandled(jdbc);
		long inMonthNationally = jdbc.queryForObject("""
				select count(*) from initiative where status = 'PUBLISHED'
				and portal_uploaded_at >= timestamptz '2022-10-01 00:00+07' and portal_uploaded_at < timestamptz '2022-11-01 00:00+07'""",
				Long.class);

		ApiClient.Response made = api.post("vanphong.tld", "/api/monthly-reports/" + MONTH, null);
		ApiClient.Response byAnOfficer = api.post("canbo.caugiay", "/api/monthly-reports/" + MONTH, null);

		assertThat(made.statusCode()).as("%s", made.body()).isEqualTo(200);
		assertThat(byAnOfficer.statusCode()).isEqualTo(403);
		JsonNode national = made.body().path("lines").get(0);
		assertThat(national.path("unitCode").asText()).isEqualTo("TLD");
		assertThat(national.path("publishedInMonth").asLong()).isEqualTo(inMonthNationally);
		assertThat(line(made.body(), "LDLD-01").path("publishedInMonth").asLong()).isPositive();

		JsonNode office = month(api.get("vanphong.tld", "/api/monthly-reports").body());
		JsonNode hanoi = month(api.get("khenthuong.hn", "/api/monthly-reports").body());
		assertThat(office.path("lines").findValuesAsText("unitCode")).contains("TLD", "LDLD-01", "LDLD-48");
		assertThat(hanoi.path("lines").findValuesAsText("unitCode")).containsExactly("LDLD-01");
		assertThat(api.get("canbo.hn", "/api/monthly-reports").body().findValuesAsText("unitCode"))
			.as("a grassroots union has no line of its own").isEmpty();

		ResponseEntity<byte[]> download = api.download("khenthuong.hn", "/api/monthly-reports/" + MONTH + "/LDLD-01.xlsx");
		assertThat(download.getStatusCode().value()).isEqualTo(200);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(rowOf(sheet, "LDLD-01")).startsWith("LDLD-01", "Liên đoàn Lao động thành phố Hà Nội",
					String.valueOf(line(made.body(), "LDLD-01").path("publishedInMonth").asLong()));
			assertThat(column(sheet, 0)).doesNotContain("TLD", "LDLD-48");
		}
		ResponseEntity<byte[]> refused = api.download("khenthuong.dn", "/api/monthly-reports/" + MONTH + "/LDLD-01.xlsx");
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(json.readTree(refused.getBody()).path("code").asText()).isEqualTo("report.outside-subtree");
		assertThat(api.download("vanphong.tld", "/api/monthly-reports/2021-13/TLD.xlsx").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	@DisplayName("made by itself: the month before the programme's today is there from the start; a month outside "
			+ "the programme is never made")
	void madeByItself() {
		assertThat(jdbc.queryForObject("select count(*) from monthly_report where month = '2022-09' and unit_code = 'TLD'",
				Integer.class)).isEqualTo(1);
		assertThat(monthlyReports.generateIfAbsent(YearMonth.of(2022, 9))).as("made once").isFalse();
		assertThat(monthlyReports.generateIfAbsent(YearMonth.of(2020, 1))).as("before the programme").isFalse();
		assertThat(jdbc.queryForObject("select count(*) from monthly_report where month = '2020-01'", Integer.class)).isZero();
	}

	private static JsonNode month(JsonNode reports) {
		return StreamSupport.stream(reports.spliterator(), false)
			.filter(report -> report.path("month").asText().equals(MONTH))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode line(JsonNode report, String unitCode) {
		return StreamSupport.stream(report.path("lines").spliterator(), false)
			.filter(line -> line.path("unitCode").asText().equals(unitCode))
			.findFirst()
			.orElseThrow();
	}

	private static String day(Timestamp moment) {
		return LocalDate.ofInstant(moment.toInstant(), ProgrammeTime.ZONE).format(DAY);
	}

	/** The cells of the first row whose first cell reads so, as Excel shows them. */
	private static List<String> rowOf(Sheet sheet, String first) {
		DataFormatter formatter = new DataFormatter();
		for (Row row : sheet) {
			if (row.getCell(0) != null && formatter.formatCellValue(row.getCell(0)).equals(first)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
				return cells;
			}
		}
		throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
	}

	private static List<String> column(Sheet sheet, int index) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		sheet.forEach(row -> cells.add(row.getCell(index) == null ? "" : formatter.formatCellValue(row.getCell(index))));
		return cells;
	}
}
