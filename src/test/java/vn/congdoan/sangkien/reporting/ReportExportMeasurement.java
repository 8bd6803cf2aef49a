package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.PlatformTest;

/**
 * at the programme's size, measured: 500,000 initiatives of one union streamed into its Excel export, and
 * 125,000 published ones into the open data's CSV, through the API, with the platform's heap sampled every 20 ms
 * while the file is made. The rows are written straight into the test database (not the national data set: a
 * synthetic union's rows, one status in four published) and deleted afterwards. Not part of {@code mvn verify}
 * (its name is no surefire test name; it takes a few minutes); run it with the platform's heap:
 * {@code mvn -B test -Dtest=ReportExportMeasurement -DargLine=-Xmx1g}; results in docs/benchmarks/README.md.
 */
@PlatformTest
@DisplayName("500,000 initiatives stream into a unit's Excel export, and the published ones into open data, in a 1 GB heap")
class ReportExportMeasurement {

	static final int ROWS = 500_000;

	static final String UNIT = "CDCS-01-0002";

	static final String AUTHOR = "do.luong.bao.cao";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	KeycloakTokens tokens;

	@BeforeEach
	void writeTheRows() {
		long start = System.nanoTime();
		jdbc.update("""
				insert into initiative (title, summary, unit_code, author_username, status, created_at, kind, submitted_at,
				                        recognition_date, portal_uploaded_at, phase_code)
				select 'Sáng kiến đo lường số ' || g, 'Tóm tắt của sáng kiến đo lường số ' || g, ?, ?,
				       (array['IN_COUNCIL_REVIEW', 'REFUSED', 'AWAITING_UPLOAD', 'PUBLISHED'])[g % 4 + 1],
				       now(), 'MANAGEMENT_SOLUTION', now() - interval '60 days',
				       case when g % 4 >= 2 then current_date - 30 end, case when g % 4 = 3 then now() end, 'PHASE_2'
				from generate_series(1, ?) g""", UNIT, AUTHOR, ROWS);
		System.out.printf("ReportExportMeasurement: %,d rows written in %,d ms%n", ROWS,
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	@AfterEach
	void deleteTheRows() {
		jdbc.update("delete from initiative where author_username = ?", AUTHOR);
	}

	@Test
	@DisplayName("the union's export and the open data, with rows, seconds, bytes and the heap's peak")
	void streamed() throws InterruptedException {
		long rows = jdbc.queryForObject("select count(*) from initiative where unit_code = ? and status <> 'DRAFT'", Long.class,
				UNIT);
		long published = jdbc.queryForObject("select count(*) from initiative where status = 'PUBLISHED'", Long.class);
		String token = tokens.accessToken("vanphong.tld");

		Measured export = measured("/api/units/" + UNIT + "/report.xlsx", token);
		Measured openData = measured("/api/public/open-data/initiatives.csv", null);

		long maxHeap = Runtime.getRuntime().maxMemory();
		System.out.printf("ReportExportMeasurement: max heap %,d MB%n", maxHeap >> 20);
		System.out.printf("ReportExportMeasurement: Excel export of %s, %,d rows: %.1f s, %,d bytes, heap used before %,d MB, peak %,d MB%n",
				UNIT, rows, export.seconds(), export.bytes(), export.heapBefore() >> 20, export.heapPeak() >> 20);
		System.out.printf("ReportExportMeasurement: open data CSV, %,d rows: %.1f s, %,d bytes, heap used before %,d MB, peak %,d MB%n",
				published, openData.seconds(), openData.bytes(), openData.heapBefore() >> 20, openData.heapPeak() >> 20);
		assertThat(rows).isGreaterThanOrEqualTo(ROWS);
		assertThat(export.bytes()).isGreaterThan(ROWS * 10L);
		assertThat(openData.bytes()).isGreaterThan(published * 50);
		assertThat(export.heapPeak()).isLessThan(maxHeap);
	}

	/** One download read to its end and dropped, the heap sampled meanwhile. */
	private Measured measured(String path, String token) throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 20,
				TimeUnit.MILLISECONDS);
		long start = System.nanoTime();
		Long bytes = rest.execute(path, HttpMethod.GET, request -> {
			if (token != null) {
				request.getHeaders().setBearerAuth(token);
			}
		}, response -> {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			long read = 0;
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = response.getBody()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					read += n;
				}
			}
			return read;
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.shutdown();
		sampler.awaitTermination(1, TimeUnit.SECONDS);
		return new Measured(bytes, seconds, before, peak.get());
	}

	record Measured(long bytes, double seconds, long heapBefore, long heapPeak) {
	}
}
