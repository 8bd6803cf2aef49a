package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Modules talk through each other's public classes and events, never through each other's tables: the
 * SQL a module runs (JdbcTemplate, native and JPQL queries, entity mappings) names only the tables it
 * owns. Read from the sources, in milliseconds: the SQL is every string literal and text block in
 * src/main/java, the tables are the {@code create table} statements of the migrations.
 */
@DisplayName("No module runs SQL on a table another module owns")
class TableOwnershipTest {

	static final Path SOURCES = Path.of("src/main/java/vn/congdoan/sangkien");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** The module that owns each table; a new table of a migration fails the first test until it is listed. */
	static final Map<String, String> OWNERS = Map.ofEntries(
			entry("unit", "unit"),
			entry("initiative", "initiative"),
			entry("contributor", "initiative"),
			entry("attachment", "initiative"),
			entry("decision", "initiative"),
			entry("credited_author_total", "initiative"),
			entry("programme_phase", "programme"),
			entry("target", "programme"),
			entry("emulation_cluster", "programme"),
			entry("unit_phase_total", "programme"),
			entry("unit_phase_author", "programme"),
			entry("unit_phase_kind_total", "programme"),
			entry("unit_quarter_total", "programme"),
			entry("unit_programme_total", "programme"),
			entry("unit_programme_author", "programme"),
			entry("counted_initiative", "programme"),
			entry("programme_change", "programme"),
			entry("commendation", "commendation"),
			entry("commendation_decision", "commendation"),
			entry("commendation_round", "commendation"),
			entry("commendation_round_initiative", "commendation"),
			entry("collective_recognition", "reporting"),
			entry("monthly_report", "reporting"),
			entry("appointment_log", "appointment"),
			entry("member", "membership"),
			entry("idea", "idea"),
			entry("idea_day", "idea"),
			entry("notice", "notification"),
			entry("notice_read", "notification"),
			entry("notice_choice", "notification"),
			entry("notice_reader", "notification"),
			entry("mail_outbox", "notification"),
			entry("mail_bounce", "notification"),
			entry("issued_document", "document"),
			entry("idempotent_request", "system"),
			entry("scheduled_run", "system"),
			entry("import_progress", "system"),
			// The national data set generator's own (its bulk SQL is in src/main/resources/generator, like a migration).
			entry("generator_progress", "demo"),
			entry("generator_unit_slot", "demo"),
			// Spring Modulith's event publication registry: no module of ours runs SQL on it.
			entry("event_publication", "spring-modulith"),
			// Spring Session's store of the pages' login sessions: no module of ours runs SQL on it.
			entry("spring_session", "spring-session"),
			entry("spring_session_attributes", "spring-session"));

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	/** The table after each keyword that names one; a table after a comma of a from list is not seen: write a join. */
	private static final Pattern TABLE_IN_SQL = Pattern.compile("(?i)\\b(?:from|join|into|update|table|truncate)\\s+(\\w+)");

	private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

	@Test
	@DisplayName("every table the migrations create has an owning module")
	void everyTableHasAnOwner() throws IOException {
		TreeSet<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path migration : files.filter(file -> file.toString().endsWith(".sql")).toList()) {
				Matcher table = CREATE_TABLE.matcher(Files.readString(migration));
				while (table.find()) {
					created.add(table.group(1).toLowerCase());
				}
			}
		}

		assertThat(created).containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
	}

	@Test
	@DisplayName("the SQL of every module names only the tables it owns")
	void noModuleTouchesAnotherModulesTable() throws IOException {
		List<String> trespasses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				trespasses.addAll(trespassesIn(file));
			}
		}

		assertThat(trespasses).as("SQL on another module's table (move it to the owner's public API)").isEmpty();
	}

	@Test
	@DisplayName("a module's SQL on another module's table is found, in a text block over several lines")
	void findsATrespass() {
		String source = """
				class Board {
					// select * from unit: a comment is not SQL
					String sql = \"""
							select p.initiative_count from unit_phase_total p
							join
							    unit u on u.code = p.unit_code\""";
				}
				""";

		assertThat(trespasses("programme", "programme/Board.java", source))
			.containsExactly("programme/Board.java:6 unit (owned by unit)");
		assertThat(trespasses("unit", "unit/Board.java", source)).containsExactly(
				"unit/Board.java:4 unit_phase_total (owned by programme)");
	}

	@Test
	@DisplayName("an entity mapped on another module's table is found")
	void findsAnEntityOnAnotherModulesTable() {
		String source = """
				@Entity
				@Table(name = "initiative")
				class PortalCopy {
				}
				""";

		assertThat(trespasses("portal", "portal/PortalCopy.java", source))
			.containsExactly("portal/PortalCopy.java:2 initiative (owned by initiative)");
		assertThat(trespasses("initiative", "initiative/PortalCopy.java", source)).isEmpty();
	}

	private static List<String> trespassesIn(Path file) throws IOException {
		Path relative = SOURCES.relativize(file);
		String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
		return trespasses(module, relative.toString().replace('\\', '/'), Files.readString(file));
	}

	private static List<String> trespasses(String module, String file, String source) {
		List<String> found = new ArrayList<>();
		for (Literal literal : literals(source)) {
			Matcher table = TABLE_IN_SQL.matcher(literal.text());
			while (table.find()) {
				trespass(module, file, literal.line() + count(literal.text(), 0, table.start(1)), table.group(1)).ifPresent(found::add);
			}
		}
		Matcher entity = ENTITY_TABLE.matcher(source);
		while (entity.find()) {
			trespass(module, file, 1 + count(source, 0, entity.start(1)), entity.group(1)).ifPresent(found::add);
		}
		return found;
	}

	private static Optional<String> trespass(String module, String file, int line, String table) {
		String owner = OWNERS.get(table.toLowerCase());
		return owner == null || owner.equals(module) ? Optional.empty()
				: Optional.of(file + ":" + line + " " + table.toLowerCase() + " (owned by " + owner + ")");
	}

	/** A string literal or the text of a text block, and the line of the source it starts on. */
	record Literal(String text, int line) {
	}

	/** The string literals and text blocks of a Java source, comments and character literals skipped. */
	static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i);
				i = i < 0 ? source.length() : i;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2) + 2;
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				int start = source.indexOf('\n', i) + 1;
				literals.add(new Literal(source.substring(start, end), line + 1));
				line += count(source, i, end);
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (source.charAt(end) != c) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				if (c == '"') {
					literals.add(new Literal(source.substring(i + 1, end), line));
				}
				i = end + 1;
			}
			else {
				line += c == '\n' ? 1 : 0;
				i++;
			}
		}
		return literals;
	}

	private static int count(String source, int from, int to) {
		return (int) source.substring(from, to).chars().filter(c -> c == '\n').count();
	}
}
