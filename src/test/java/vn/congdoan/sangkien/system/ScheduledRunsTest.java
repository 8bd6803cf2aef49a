package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Scheduled work that every node starts is done by one node in each slot of time")
class ScheduledRunsTest {

	static final String TASK = "test.scheduled-runs";

	static final Instant SLOT = Instant.parse("2026-12-01T19:30:00Z");

	@Autowired
	ScheduledRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void leaveTheDataAsFound() {
		jdbc.update("delete from scheduled_run where task = ?", TASK);
	}

	@Test
	@DisplayName("the first claim of a slot wins, a second loses; the next slot is claimed again, an earlier one never")
	void oneClaimPerSlot() {
		assertThat(runs.claim(TASK, SLOT)).isTrue();
		assertThat(runs.claim(TASK, SLOT)).isFalse();
		assertThat(runs.claim(TASK, SLOT.plusSeconds(60))).isTrue();
		assertThat(runs.claim(TASK, SLOT)).as("a node late by a slot does not run it again").isFalse();
	}

	@Test
	@DisplayName("of several nodes claiming the same slot at the same moment, exactly one wins")
	void oneWinnerAmongNodesAtOnce() throws Exception {
		int nodes = 6;
		CountDownLatch ready = new CountDownLatch(nodes);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<Boolean>> claims = new ArrayList<>();
			Callable<Boolean> claim = () -> {
				ready.countDown();
				go.await(30, TimeUnit.SECONDS);
				return runs.claim(TASK, SLOT);
			};
			for (int i = 0; i < nodes; i++) {
				claims.add(threads.submit(claim));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();

			int won = 0;
			for (Future<Boolean> result : claims) {
				won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}
}
