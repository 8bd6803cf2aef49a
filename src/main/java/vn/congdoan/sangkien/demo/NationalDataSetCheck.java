package vn.congdoan.sangkien.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proves that the loaded national data set holds together (src/main/resources/generator/check.sql): running
 * totals recomputed from the published initiatives equal the stored ones, each open initiative has its open
 * task, each finished one its history and its timeline.
 */
@Component
class NationalDataSetCheck {

	/** One fact counted twice: as stored (or as it must be) and as recomputed from the rows. */
	record Line(String fact, long expected, long actual) {

		boolean holds() {
			return expected == actual;
		}
	}

	private final JdbcTemplate jdbc;

	NationalDataSetCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Line> run() {
		return run(jdbc);
	}

	static List<Line> run(JdbcTemplate jdbc) {
		String query;
		try {
			query = new ClassPathResource("generator/check.sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return jdbc.query(query, (rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3)));
	}

	static String table(List<Line> lines) {
		int width = lines.stream().mapToInt(line -> line.fact().length()).max().orElse(10);
		String format = "%-" + width + "s %12s %12s  %s";
		return String.format(format, "fact", "expected", "actual", "") + System.lineSeparator()
				+ lines.stream()
					.map(line -> String.format(format, line.fact(), line.expected(), line.actual(),
							line.holds() ? "ok" : "MISMATCH"))
					.collect(Collectors.joining(System.lineSeparator()));
	}
}
