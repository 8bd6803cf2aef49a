package vn.congdoan.sangkien.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;

/**
 * The import of a nation-sized tree, measured: 126,000 units (1,640 direct-superior unions under the 82
 * level-2 units, 124,360 grassroots unions under them) as a CSV, then as a workbook that changes every
 * member count, then that workbook again. Not part of {@code mvn verify} (its name is no surefire test
 * name; it takes a minute or two): {@code mvn -B test -Dtest=UnitImportMeasurement}, results in README.
 */
@PlatformTest
@DisplayName("126,000 units import in under a minute, from a CSV and from a workbook; the union picker among them")
class UnitImportMeasurement {

	static final String OFFICE = "vanphong.tld";

	static final int DIRECT_SUPERIOR_PER_LEVEL2 = 20;

	static final int UNITS = 126_000;

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheMeasuredUnits() {
		jdbc.update("delete from unit where code like 'MEAS-CDCS-%'");
		jdbc.update("delete from unit where code like 'MEAS-CTTT-%'");
	}

	@Test
	@DisplayName("126,000 new units from a CSV, every member count changed from a workbook, the same workbook again")
	void nationSized() throws IOException {
		List<List<String>> rows = tree(0);
		byte[] csv = csv(rows);
		byte[] changed = workbook(tree(1));

		Duration created = timed(() -> assertThat(api.upload(OFFICE, "/api/units/import", "don-vi.csv", "text/csv", csv)
			.body().path("created").asInt()).isEqualTo(UNITS));
		Duration updated = timed(() -> assertThat(api.upload(OFFICE, "/api/units/import", "don-vi.xlsx", UnitImportApiTest.XLSX,
				changed).body().path("updated").asInt()).isEqualTo(UNITS));
		Duration unchanged = timed(() -> assertThat(api.upload(OFFICE, "/api/units/import", "don-vi.xlsx",
				UnitImportApiTest.XLSX, changed).body().path("unchanged").asInt()).isEqualTo(UNITS));

		System.out.printf("UnitImportMeasurement: %,d units; CSV %,d bytes, created in %,d ms; workbook %,d bytes, "
				+ "updated in %,d ms, unchanged in %,d ms%n", UNITS, csv.length, created.toMillis(), changed.length,
				updated.toMillis(), unchanged.toMillis());
		assertThat(List.of(created, updated, unchanged)).allMatch(took -> took.compareTo(Duration.ofMinutes(1)) < 0);
		searchesAmongThem();
	}

	/**
	 * The union picker among the 126,000 (UnitSearch): p50 and p95 of 50 searches each through the API, after 10
	 * not counted. "cong doan co so" is in the name of every generated grassroots union: the worst case.
	 */
	private void searchesAmongThem() {
		for (String q : List.of("cong doan co so", "Công đoàn cơ sở đo số 99", "do so 77777", "MEAS-CDCS-4242", "cau giay")) {
			List<Long> micros = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				long start = System.nanoTime();
				assertThat(api.get(OFFICE, "/api/units/search?q=" + q).statusCode()).isEqualTo(200);
				if (i >= 10) {
					micros.add((System.nanoTime() - start) / 1_000);
				}
			}
			micros.sort(null);
			System.out.printf("UnitImportMeasurement: search '%s' among %,d units: p50 %.1f ms, p95 %.1f ms%n", q, UNITS,
					micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 95 / 100) / 1000.0);
		}
	}

	/** The generated tree under the stored level-2 units, member counts shifted by {@code shift}. */
	private List<List<String>> tree(int shift) {
		List<String> level2 = jdbc.queryForList("select code from unit where level = 'LEVEL2' order by code", String.class);
		int directSuperiors = level2.size() * DIRECT_SUPERIOR_PER_LEVEL2;
		int grassroots = UNITS - directSuperiors;
		List<List<String>> rows = new ArrayList<>(UNITS);
		for (int i = 0; i < grassroots; i++) {
			int parent = i % directSuperiors;
			rows.add(List.of("MEAS-CDCS-" + i, "Công đoàn cơ sở đo số " + i, "MEAS-CTTT-" + parent, "4", "",
					String.valueOf(20 + i % 500 + shift)));
		}
		for (int i = 0; i < directSuperiors; i++) {
			rows.add(List.of("MEAS-CTTT-" + i, "Công đoàn cấp trên trực tiếp đo số " + i,
					level2.get(i / DIRECT_SUPERIOR_PER_LEVEL2), "3", "", String.valueOf(5_000 + shift)));
		}
		return rows;
	}

	private static byte[] csv(List<List<String>> rows) {
		StringBuilder csv = new StringBuilder("code,name,parent_code,level,cluster_code,member_count\n");
		rows.forEach(row -> csv.append(String.join(",", row)).append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(1_000); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("code");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (c == 3 || c == 5) {
						row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
					}
					else if (!cells.get(c).isEmpty()) {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			workbook.write(bytes);
			workbook.dispose();
			return bytes.toByteArray();
		}
	}

	private static Duration timed(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return Duration.ofNanos(System.nanoTime() - start);
	}
}
