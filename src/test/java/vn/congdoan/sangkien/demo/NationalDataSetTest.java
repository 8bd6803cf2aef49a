package vn.congdoan.sangkien.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.workflow.TaskDecisions;

/**
 * The national data set generator at a small size, on a database of its own in the test run's PostgreSQL
 * (migrated like the platform's, with Camunda's tables): the shared test database keeps its few initiatives.
 * The live part (open initiatives through the engine) needs the platform's own database and is measured by
 * the generator's runs (README "National data set").
 */
@PlatformTest
@DisplayName("National data set: a small set loads, its totals agree with its rows, and a second run adds nothing")
class NationalDataSetTest {

	private static final String DATABASE = "national_data_set_test";

	private static final NationalDataSetSettings SMALL = new NationalDataSetSettings(400, 150, 10, 300, 0, 0, 2, 0,
			"unused", Path.of("target/generated-users-test.csv"), false);

	@Autowired
	DataSource platformDatabase;

	@Autowired
	RepositoryService repository;

	@Autowired
	InitiativeSubmission submission;

	@Autowired
	TaskDecisions decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	Members members;

	private final JdbcTemplate platform = new JdbcTemplate();

	private SimpleDriverDataSource ownDatabase;

	@BeforeEach
	void ownDatabase() throws SQLException {
		platform.setDataSource(platformDatabase);
		platform.execute("drop database if exists " + DATABASE);
		platform.execute("create database " + DATABASE);
		// The shared context may wrap the pool (SqlStatements counts statements).
		HikariDataSource hikari = platformDatabase.unwrap(HikariDataSource.class);
		ownDatabase = new SimpleDriverDataSource(new org.postgresql.Driver(),
				hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"), hikari.getUsername(),
				hikari.getPassword());
		Flyway.configure().dataSource(ownDatabase).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
		new ResourceDatabasePopulator(
				new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql"),
				new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create.history.sql"))
			.execute(ownDatabase);
	}

	@AfterEach
	void dropOwnDatabase() {
		platform.execute("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	@DisplayName("given an empty platform, when the set is loaded twice, then the check holds and the second load adds nothing")
	void loadsOnceAndChecks() {
		JdbcTemplate jdbc = new JdbcTemplate(ownDatabase);
		NationalDataSet dataSet = new NationalDataSet(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ownDatabase)),
				repository, submission, decisions, tasks, members);

		int steps = dataSet.load(SMALL);
		List<NationalDataSetCheck.Line> check = NationalDataSetCheck.run(jdbc);
		long initiatives = jdbc.queryForObject("select count(*) from initiative", Long.class);
		long decisionsLoaded = jdbc.queryForObject("select count(*) from decision", Long.class);
		int again = dataSet.load(SMALL);

		assertThat(steps).as("the union tree and three batches").isEqualTo(4);
		assertThat(check).allSatisfy(line -> assertThat(line.holds()).as(line.fact()).isTrue());
		assertThat(initiatives).isEqualTo(400);
		assertThat(jdbc.queryForObject("select count(*) from unit where level = 'GRASSROOTS'", Long.class))
			.isGreaterThanOrEqualTo(300);
		assertThat(jdbc.queryForObject("select initiative_count from unit_phase_total where unit_code = 'TLD' and phase_code = 'PHASE_2'",
				Long.class)).isPositive();
		assertThat(again).isZero();
		assertThat(jdbc.queryForObject("select count(*) from initiative", Long.class)).isEqualTo(initiatives);
		assertThat(jdbc.queryForObject("select count(*) from decision", Long.class)).isEqualTo(decisionsLoaded);
	}

	@Test
	@DisplayName("given a check of a loaded set, when a running total is changed by hand, then the check finds it")
	void checkFindsAWrongTotal() {
		JdbcTemplate jdbc = new JdbcTemplate(ownDatabase);
		new NationalDataSet(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ownDatabase)), repository,
				submission, decisions, tasks, members).load(SMALL);

		jdbc.update("update unit_phase_total set initiative_count = initiative_count + 1 where unit_code = 'TLD' and phase_code = 'PHASE_2'");

		assertThat(NationalDataSetCheck.run(jdbc)).filteredOn(line -> !line.holds())
			.extracting(NationalDataSetCheck.Line::fact)
			.containsExactly("unit_phase_total rows that differ from the published initiatives");
	}
}
