package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("An upgrade whose migrations would lose data fails before it changes anything")
class DataLossGuardTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("the platform's Flyway runs the guard and applies an upgrade's migrations in one transaction")
	void platformRunsTheGuard() {
		assertThat(flyway.getConfiguration().getCallbacks()).anyMatch(DataLossGuard.class::isInstance);
		assertThat(flyway.getConfiguration().isGroup()).isTrue();
	}

	@Test
	@DisplayName("a column dropped while it holds values is refused, with the harmless migration before it; once empty it goes")
	void refusesBeforeAnythingChanges() {
		String database = "guard_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.execute("create database " + database);
		try (SingleConnectionDataSource scratch = new SingleConnectionDataSource(scratchUrl(database), "postgres", "", true)) {
			JdbcTemplate sql = new JdbcTemplate(scratch);
			migrate(scratch, "classpath:db/losing-data/setup");

			assertThatThrownBy(() -> migrate(scratch, "classpath:db/losing-data/setup", "classpath:db/losing-data/upgrade"))
				.isInstanceOf(FlywayException.class)
				.hasMessageContaining("V9003")
				.hasMessageContaining("drops column guard_probe.note, which holds data")
				.hasMessageNotContaining("V9002");
			assertThat(sql.queryForObject("select max(version::int) from flyway_schema_history where success", Integer.class))
				.as("nothing of the upgrade applied")
				.isEqualTo(9001);
			assertThat(columns(sql)).as("the harmless V9002 neither").containsExactly("id", "note");
			assertThat(sql.queryForObject("select note from guard_probe where id = 1", String.class)).isEqualTo("ý kiến của tổ");

			sql.update("update guard_probe set note = null");
			migrate(scratch, "classpath:db/losing-data/setup", "classpath:db/losing-data/upgrade");
			assertThat(columns(sql)).as("an empty column is no loss").containsExactly("id", "added");
		}
		finally {
			jdbc.execute("drop database " + database + " with (force)");
		}
	}

	@Test
	@DisplayName("it reads drops, truncations, deletes and type changes, not what a function body or a comment says")
	void readsTheStatementsThatLoseData() {
		List<String> risks = DataLossGuard.risks("""
				-- drop table old_comments;
				create function tidy() returns trigger language plpgsql as $$ begin delete from notice; return null; end $$;
				drop table if exists stale, public.older;
				truncate table scratch;
				delete from decision using initiative where decision.initiative_id = initiative.id and initiative.kind = 'X';
				alter table contributor add column note text, drop column share, alter column name type varchar(20),
				  drop constraint contributor_pk, alter column unit_code set data type varchar(10);
				insert into note_log (text) values ('drop table initiative; delete from unit');
				""").stream().map(DataLossGuard.Risk::describe).toList();

		assertThat(risks).containsExactly(
				"drops table stale, which holds data",
				"drops table public.older, which holds data",
				"empties table scratch, which holds data",
				"deletes rows of decision, which holds data",
				"drops column contributor.share, which holds data",
				"changes the type of column contributor.name, which holds data",
				"changes the type of column contributor.unit_code, which holds data");
	}

	@Test
	@DisplayName("a migration that says where the data went is let through for that table or column only")
	void declaredMovesPass() {
		assertThat(DataLossGuard.risks("""
				alter table contribution add column share numeric;
				update contribution c set share = k.share from contributor k where k.id = c.contributor_id;
				-- keeps data: contributor.share copied to contribution.share above
				alter table contributor drop column share, drop column note;
				""")).extracting(DataLossGuard.Risk::object).containsExactly("contributor.note");
	}

	private static void migrate(SingleConnectionDataSource database, String... testLocations) {
		String[] locations = new String[testLocations.length + 1];
		locations[0] = "classpath:db/migration";
		System.arraycopy(testLocations, 0, locations, 1, testLocations.length);
		Flyway.configure()
			.dataSource(database)
			.locations(locations)
			.group(true)
			.callbacks(new DataLossGuard())
			.load()
			.migrate();
	}

	private static List<String> columns(JdbcTemplate sql) {
		return sql.queryForList("select column_name from information_schema.columns where table_name = 'guard_probe' "
				+ "order by ordinal_position", String.class);
	}

	/** The test run's PostgreSQL, another database on it. */
	private String scratchUrl(String database) {
		return environment.getRequiredProperty("spring.datasource.url").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
	}
}
