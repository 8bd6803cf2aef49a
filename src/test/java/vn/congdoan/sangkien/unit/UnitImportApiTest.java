package vn.congdoan.sangkien.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;

@PlatformTest
@DisplayName("The union tree imported from the union's own files, through the API, on the real PostgreSQL")
class UnitImportApiTest {

	static final String OFFICE = "vanphong.tld";

	static final String CSV = "text/csv";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String HEADER = "code,name,parent_code,level,cluster_code,member_count\n";

	/** The units the tests add, grassroots first so that they can be deleted in this order. */
	static final List<String> ADDED = List.of("CDCS-48-9901", "CDCS-48-9902", "CTTT-48-990");

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	Map<String, Object> daNang;

	SharedRows totals;

	@BeforeEach
	void keepDaNang() {
		daNang = jdbc.queryForMap("select name, member_count, cluster_code from unit where code = 'LDLD-48'");
		totals = SharedRows.keep(jdbc, "unit_programme_total", "unit_code like 'CDCS-48-99%'");
	}

	@AfterEach
	void leaveTheTreeAsFound() {
		totals.restore();
		ADDED.forEach(code -> jdbc.update("delete from unit where code = ?", code));
		jdbc.update("update unit set name = ?, member_count = ?, cluster_code = ? where code = 'LDLD-48'", daNang.get("name"),
				daNang.get("member_count"), daNang.get("cluster_code"));
	}

	@Test
	@DisplayName("a CSV adds new units and updates a stored one; a later workbook renames, moves and recounts, and leaves out nothing")
	void importThenUpdate() throws IOException {
		ApiClient.Response first = api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV, csv("""
				CTTT-48-990,Công đoàn Khu công nghệ cao Đà Nẵng,LDLD-48,3,,5.000
				CDCS-48-9901,"Công đoàn Công ty TNHH Phần mềm A, Đà Nẵng",CTTT-48-990,4,,120
				LDLD-48,Liên đoàn Lao động thành phố Đà Nẵng,TLD,2,,140000
				"""));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body().path("created").asInt()).isEqualTo(2);
		assertThat(first.body().path("updated").asInt()).isEqualTo(1);
		assertThat(unit("CDCS-48-9901")).containsEntry("parent_code", "CTTT-48-990").containsEntry("member_count", 120)
			.containsEntry("level", "GRASSROOTS");
		assertThat(unit("LDLD-48")).containsEntry("member_count", 140_000)
			.as("a blank cluster leaves the stored one").containsEntry("cluster_code", daNang.get("cluster_code"));

		ApiClient.Response later = api.upload(OFFICE, "/api/units/import", "don-vi-quy-4.xlsx", XLSX, workbook(
				List.of("CDCS-48-9901", "Công đoàn Công ty Phần mềm A", "CTTT-48-492", "4", "", "135"),
				List.of("CDCS-48-9902", "Công đoàn Trường Đại học B", "CTTT-48-990", "GRASSROOTS", "", "80"),
				List.of("LDLD-48", "Liên đoàn Lao động thành phố Đà Nẵng", "TLD", "2", "", "140000")));

		assertThat(later.statusCode()).isEqualTo(200);
		assertThat(later.body().path("created").asInt()).isEqualTo(1);
		assertThat(later.body().path("updated").asInt()).isEqualTo(1);
		assertThat(later.body().path("unchanged").asInt()).isEqualTo(1);
		assertThat(unit("CDCS-48-9901")).containsEntry("name", "Công đoàn Công ty Phần mềm A")
			.containsEntry("parent_code", "CTTT-48-492").containsEntry("member_count", 135);
		assertThat(unit("CTTT-48-990")).as("left out of the later file, kept as it was").containsEntry("member_count", 5_000);
	}

	@Test
	@DisplayName("a file with one wrong row stores nothing, and says which row, which column and why, in Vietnamese")
	void allOrNothing() {
		ApiClient.Response refused = api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV, csv("""
				CTTT-48-990,Công đoàn Khu công nghệ cao Đà Nẵng,LDLD-48,3,,5000
				LDLD-48,Liên đoàn Lao động thành phố Đà Nẵng,TLD,2,,140000
				CDCS-48-9901,Công đoàn Công ty A,CTTT-48-990,4,,-3
				CDCS-48-9902,Công đoàn Công ty B,CTTT-48-999,4,,10
				"""));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body().path("code").asText()).isEqualTo("import.rows-refused");
		assertThat(refused.body().path("rowProblemCount").asInt()).isEqualTo(2);
		JsonNode rows = refused.body().path("rows");
		assertThat(rows.findValues("row")).extracting(JsonNode::asInt).containsExactly(4, 5);
		assertThat(rows.findValuesAsText("column")).containsExactly("memberCount", "parent");
		assertThat(rows.findValuesAsText("code")).containsExactly("import.count.negative", "unit-import.parent.unknown");
		assertThat(rows.get(1).path("message").asText())
			.isEqualTo("Dòng 5, cột Mã đơn vị cấp trên: không có đơn vị cấp trên mã CTTT-48-999, cả trong tệp lẫn trong hệ thống.");
		assertThat(jdbc.queryForObject("select count(*) from unit where code in ('CTTT-48-990', 'CDCS-48-9901')", Integer.class))
			.isZero();
		assertThat(unit("LDLD-48")).containsEntry("member_count", daNang.get("member_count"));
	}

	@Test
	@DisplayName("a file whose parents make a cycle is refused whole (422)")
	void cycleRefused() {
		ApiClient.Response refused = api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV, csv("""
				CTTT-48-492,Liên đoàn Lao động quận Hải Châu,CTTT-48-990,3,,38000
				CTTT-48-990,Công đoàn Khu công nghệ cao Đà Nẵng,CTTT-48-492,3,,5000
				"""));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body().path("rows").findValuesAsText("code")).contains("unit-import.parent.cycle");
		assertThat(jdbc.queryForObject("select parent_code from unit where code = 'CTTT-48-492'", String.class)).isEqualTo("LDLD-48");
	}

	@Test
	@DisplayName("a unit whose initiatives are counted in the running totals keeps its parent (R-4.3)")
	void countedUnitNotMoved() {
		api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV, csv("""
				CTTT-48-990,Công đoàn Khu công nghệ cao Đà Nẵng,LDLD-48,3,,5000
				CDCS-48-9901,Công đoàn Công ty A,CTTT-48-990,4,,120
				"""));
		jdbc.update("insert into unit_programme_total (unit_code, initiative_count, author_count) values ('CDCS-48-9901', 1, 1)");

		ApiClient.Response refused = api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV,
				csv("CDCS-48-9901,Công đoàn Công ty A,CTTT-48-492,4,,120\n"));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body().path("rows").findValuesAsText("code")).containsExactly("unit-import.parent.counted");
		assertThat(unit("CDCS-48-9901")).containsEntry("parent_code", "CTTT-48-990");
	}

	@Test
	@DisplayName("a file that is no workbook or CSV, a damaged workbook or no file at all is a 400 with a clear code")
	void badFiles() {
		ApiClient.Response pdf = api.upload(OFFICE, "/api/units/import", "don-vi.pdf", "application/pdf", new byte[] { 37, 80 });
		ApiClient.Response damaged = api.upload(OFFICE, "/api/units/import", "don-vi.xlsx", XLSX,
				"không phải bảng tính".getBytes(StandardCharsets.UTF_8));

		assertThat(pdf.statusCode()).isEqualTo(400);
		assertThat(pdf.body().path("code").asText()).isEqualTo("import.file.type");
		assertThat(damaged.statusCode()).isEqualTo(400);
		assertThat(damaged.body().path("code").asText()).isEqualTo("import.file.unreadable");
		ApiClient.Response empty = api.upload(OFFICE, "/api/units/import", "don-vi.csv", CSV, new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body().path("code").asText()).isEqualTo("import.file.missing");
	}

	@Test
	@DisplayName("the templates: a workbook and a CSV whose header the import reads")
	void templates() {
		ResponseEntity<byte[]> workbook = api.download(OFFICE, "/api/units/import/template.xlsx");
		ResponseEntity<byte[]> csv = api.download(OFFICE, "/api/units/import/template.csv");

		assertThat(workbook.getStatusCode().value()).isEqualTo(200);
		assertThat(workbook.getBody()).startsWith('P', 'K');
		assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith(HEADER.strip());
	}

	@Test
	@DisplayName("only the VGCL Office imports: another role gets 403, nobody signed in 401")
	void othersRefused() {
		ApiClient.Response officer = api.upload("canbo.hn", "/api/units/import", "don-vi.csv", CSV,
				csv("CTTT-48-990,Công đoàn Khu công nghệ cao Đà Nẵng,LDLD-48,3,,5000\n"));

		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(api.post(null, "/api/units/import", "{}").statusCode()).isEqualTo(401);
		assertThat(api.get(null, "/api/units/import/template.csv").statusCode()).isEqualTo(401);
		assertThat(jdbc.queryForObject("select count(*) from unit where code = 'CTTT-48-990'", Integer.class)).isZero();
	}

	private Map<String, Object> unit(String code) {
		return jdbc.queryForMap("select name, level, parent_code, member_count, cluster_code from unit where code = ?", code);
	}

	private static byte[] csv(String rows) {
		return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
	}

	@SafeVarargs
	private static byte[] workbook(List<String>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Đơn vị");
			List<String> header = List.of(HEADER.strip().split(","));
			Row top = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				top.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].size(); c++) {
					String value = rows[r].get(c);
					if (value.matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(value)); // as Excel keeps typed numbers
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}
}
