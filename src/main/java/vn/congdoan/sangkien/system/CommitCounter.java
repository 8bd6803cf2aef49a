package vn.congdoan.sangkien.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter of a fact that happens in a transaction (an initiative submitted, one uploaded to the portal): counted
 * once the transaction has committed, never for one rolled back. Prometheus makes rates of it.
 */
public final class CommitCounter {

	private final Counter counter;

	public CommitCounter(MeterRegistry registry, String name, String description) {
		this.counter = Counter.builder(name).description(description).register(registry);
	}

	public void count() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
	}
}
