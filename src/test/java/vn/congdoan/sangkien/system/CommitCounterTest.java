package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

@DisplayName("A fact of a transaction is counted once it commits, never when it rolls back")
class CommitCounterTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final CommitCounter submitted = new CommitCounter(registry, "sangkien.facts", "Facts");

	@AfterEach
	void noTransactionLeft() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	@DisplayName("counted after the commit, not before")
	void countedOnCommit() {
		TransactionSynchronizationManager.initSynchronization();
		submitted.count();
		assertThat(count()).as("before the commit").isZero();

		TransactionSynchronizationUtils.triggerAfterCommit();
		assertThat(count()).isEqualTo(1);
	}

	@Test
	@DisplayName("a rolled back transaction counts nothing")
	void notCountedOnRollback() {
		TransactionSynchronizationManager.initSynchronization();
		submitted.count();

		TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(count()).isZero();
	}

	@Test
	@DisplayName("outside a transaction it is counted at once")
	void countedAtOnceOutsideATransaction() {
		submitted.count();

		assertThat(count()).isEqualTo(1);
	}

	private double count() {
		return registry.get("sangkien.facts").counter().count();
	}
}
