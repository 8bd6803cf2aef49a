package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.portal.InitiativePublished;
import vn.congdoan.sangkien.system.UnhandledEvents;

/**
 * The programme module alone, with the modules whose beans it uses and the platform's clock (system), on
 * the real PostgreSQL: the portal's
 * publication, as an event, is counted in the running totals after its commit, and only once.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = {
		// The platform's processes are not deployed in this context: it must not run their jobs.
		"camunda.bpm.job-execution.enabled=false",
		// Nor stand in for the platform's engine where engines are looked up by name (the webapps).
		"camunda.bpm.process-engine-name=programmeModuleTest",
		// What the platform's own context left unhandled is its own to hand over, not this context's.
		"spring.modulith.events.republish-outstanding-events-on-restart=false",
		// A publication left unhandled is handed over again as soon as it is looked for.
		"sangkien.events.retry-after=PT0S" })
@ActiveProfiles("test")
@DisplayName("Running totals: the portal's publication counted up the tree after the commit, once (R-4)")
class RunningTotalsModuleTest {

	/** Not an initiative of the database: the counted initiatives are keyed by id, nothing else refers to it. */
	private static final long INITIATIVE = -48_0001L;

	private static final String AUTHOR = "name:tác giả của phép thử running totals";

	private static final List<String> CHAIN = List.of("CDCS-48-0001", "CTTT-48-492", "LDLD-48", "TLD");

	private static final InitiativePublished PUBLISHED = new InitiativePublished(INITIATIVE, "CDCS-48-0001", "PHASE_2",
			LocalDate.of(2022, 9, 20), InitiativeKind.TECHNICAL_SOLUTION, AUTHOR, 7_000_000L, Instant.parse("2022-10-03T01:00:00Z"));

	@Autowired
	Leaderboards leaderboards;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnhandledEvents unhandledEvents;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("the unit and every unit above it count one more initiative, author and its benefit, in the phase and the quarter")
	void countedUpTheTree(Scenario scenario) {
		Leaderboards.Standing province = leaderboards.unit("LDLD-48", "PHASE_2");
		Leaderboards.Standing nation = leaderboards.unit("TLD", Leaderboards.WHOLE_PROGRAMME);
		long quarter = quarterCount("LDLD-48", "2022-Q4");

		scenario.publish(PUBLISHED)
			.andWaitForStateChange(() -> leaderboards.unit("LDLD-48", "PHASE_2"), now -> now.count() > province.count())
			.andVerify(now -> {
				assertThat(now.count()).isEqualTo(province.count() + 1);
				assertThat(now.authors()).as("R-4.3").isEqualTo(province.authors() + 1);
				assertThat(now.benefitVnd()).isEqualTo(province.benefitVnd() + 7_000_000L);
			});

		assertThat(leaderboards.unit("TLD", Leaderboards.WHOLE_PROGRAMME).count()).isEqualTo(nation.count() + 1);
		assertThat(quarterCount("LDLD-48", "2022-Q4")).as("R-7.1").isEqualTo(quarter + 1);
		assertThat(jdbc.queryForMap("select phase_code, recognition_date from counted_initiative where initiative_id = ?",
				INITIATIVE)).as("R-6: what a calendar change must leave in its phase")
			.containsEntry("phase_code", "PHASE_2").containsEntry("recognition_date", java.sql.Date.valueOf("2022-09-20"));
	}

	@Test
	@DisplayName("a publication handed over again, as after a restart, is not counted twice")
	void countedOnce(Scenario scenario) {
		long before = leaderboards.unit("CDCS-48-0001", "PHASE_2").count();
		scenario.publish(PUBLISHED)
			.andWaitForStateChange(() -> leaderboards.unit("CDCS-48-0001", "PHASE_2").count(), count -> count > before)
			.andVerify(count -> assertThat(count).isEqualTo(before + 1));

		scenario.publish(PUBLISHED)
			.andWaitForStateChange(() -> registry.findIncompletePublications().isEmpty(), handled -> handled)
			.andVerify(handled -> assertThat(leaderboards.unit("CDCS-48-0001", "PHASE_2").count()).isEqualTo(before + 1));
	}

	@Test
	@DisplayName("a publication its listener has not completed (it failed, the node stopped) is handed over again and counted")
	void unhandledHandedOverAgain() throws NoSuchMethodException {
		long before = leaderboards.unit("CDCS-48-0001", "PHASE_2").count();
		// As the publishing transaction leaves it when the listener then fails: stored for the listener, not completed.
		String listener = new TransactionalApplicationListenerMethodAdapter("runningTotals", RunningTotals.class,
				RunningTotals.class.getDeclaredMethod("count", InitiativePublication.class)).getListenerId();
		transactions.executeWithoutResult(status -> registry.store(PUBLISHED, Stream.of(PublicationTargetIdentifier.of(listener))));
		assertThat(leaderboards.unit("CDCS-48-0001", "PHASE_2").count()).isEqualTo(before);

		unhandledEvents.handOverAgain();

		await("the publication handed over, handled and completed").atMost(Duration.ofSeconds(30))
			.until(() -> registry.findIncompletePublications().stream().noneMatch(left -> left.getEvent().equals(PUBLISHED)));
		assertThat(leaderboards.unit("CDCS-48-0001", "PHASE_2").count()).isEqualTo(before + 1);
	}

	@Test
	@DisplayName("the registry can hand the publication over again after a restart: it reads back what it stored")
	void readBackAfterRestart() {
		assertThat(serializer.deserialize(serializer.serialize(PUBLISHED), InitiativePublished.class)).isEqualTo(PUBLISHED);
	}

	private long quarterCount(String unit, String quarter) {
		return leaderboards.level2In(quarter).stream().filter(contest -> contest.unitCode().equals(unit))
			.mapToLong(Leaderboards.Contest::count).sum();
	}

	/** Takes back what the test counted, so that the shared database is left as the test found it. */
	@AfterEach
	void uncount() {
		if (jdbc.update("delete from counted_initiative where initiative_id = ?", INITIATIVE) == 0) {
			return;
		}
		for (String unit : CHAIN) {
			jdbc.update("""
					update unit_phase_total set initiative_count = initiative_count - 1, author_count = author_count - 1,
					    benefit_vnd = benefit_vnd - ? where unit_code = ? and phase_code = ?""",
					PUBLISHED.benefitVnd(), unit, PUBLISHED.phaseCode());
			jdbc.update("""
					update unit_programme_total set initiative_count = initiative_count - 1, author_count = author_count - 1,
					    benefit_vnd = benefit_vnd - ? where unit_code = ?""", PUBLISHED.benefitVnd(), unit);
			jdbc.update("update unit_quarter_total set initiative_count = initiative_count - 1 where unit_code = ? and quarter = ?",
					unit, "2022-Q4");
			jdbc.update("""
					update unit_phase_kind_total set initiative_count = initiative_count - 1
					where unit_code = ? and phase_code = ? and kind = ?""", unit, PUBLISHED.phaseCode(), PUBLISHED.kindName());
			// A row the test's count created is taken away with it.
			jdbc.update("delete from unit_phase_total where unit_code = ? and phase_code = ? and initiative_count = 0",
					unit, PUBLISHED.phaseCode());
			jdbc.update("delete from unit_programme_total where unit_code = ? and initiative_count = 0", unit);
			jdbc.update("delete from unit_quarter_total where unit_code = ? and quarter = ? and initiative_count = 0",
					unit, "2022-Q4");
			jdbc.update("""
					delete from unit_phase_kind_total
					where unit_code = ? and phase_code = ? and kind = ? and initiative_count = 0""",
					unit, PUBLISHED.phaseCode(), PUBLISHED.kindName());
		}
		jdbc.update("delete from unit_phase_author where author = ?", AUTHOR);
		jdbc.update("delete from unit_programme_author where author = ?", AUTHOR);
	}
}
