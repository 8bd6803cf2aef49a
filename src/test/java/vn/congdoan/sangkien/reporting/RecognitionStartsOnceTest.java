package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.PlatformTest;

/**
 * Every node runs the calendar's schedule (at its start and each night), so two may start the same
 * recognition at the same moment: one starts it, the other leaves it, and neither fails.
 */
@PlatformTest
@DisplayName("A collective recognition that two nodes start at the same moment is started once, and neither fails")
class RecognitionStartsOnceTest {

	/** A quarter of the programme no other test starts. */
	static final String QUARTER = "2023-Q3";

	static final String BUSINESS_KEY = "QUARTERLY:" + QUARTER;

	@Autowired
	StartRecognition startRecognition;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@AfterEach
	void leaveTheDataAsFound() {
		runtime.createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).list()
			.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test", true, true));
		history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).list()
			.forEach(instance -> history.deleteHistoricProcessInstance(instance.getId()));
		jdbc.update("delete from collective_recognition where kind = 'QUARTERLY' and period = ?", QUARTER);
	}

	@Test
	@DisplayName("the second start waits for the first's commit, then sees its recognition and starts none")
	void secondStartWaitsAndLeavesIt() throws Exception {
		assertThat(count()).as("not started before the test").isZero();
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> first = nodes.submit(() -> transactions.execute(status -> {
				boolean started = startRecognition.startIfAbsent(RecognitionKind.QUARTERLY, QUARTER);
				firstInserted.countDown();
				awaitQuietly(firstMayCommit);
				return started;
			}));
			assertThat(firstInserted.await(60, TimeUnit.SECONDS)).as("the first start has inserted").isTrue();

			Future<Boolean> second = nodes.submit(() -> startRecognition.startIfAbsent(RecognitionKind.QUARTERLY, QUARTER));
			await("the second start waits for the first's transaction").atMost(Duration.ofSeconds(30))
				.until(() -> waitingForALock() > 0);
			firstMayCommit.countDown();

			assertThat(first.get(60, TimeUnit.SECONDS)).as("the first starts it").isTrue();
			assertThat(second.get(60, TimeUnit.SECONDS)).as("the second leaves it, without an error").isFalse();
		}
		finally {
			firstMayCommit.countDown();
			nodes.shutdownNow();
		}
		assertThat(count()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).count())
			.as("one process for the recognition").isEqualTo(1);
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from collective_recognition where kind = 'QUARTERLY' and period = ?",
				Long.class, QUARTER);
	}

	/** Database sessions of the test run's PostgreSQL waiting for a lock another transaction holds. */
	private long waitingForALock() {
		return jdbc.queryForObject("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""", Long.class);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
