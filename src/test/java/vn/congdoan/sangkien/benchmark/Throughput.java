package vn.congdoan.sangkien.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one lifecycle after another on a number of client threads, for a warm-up and then a measured
 * time; counts the lifecycles that ended inside the measured time.
 */
final class Throughput {

	private Throughput() {
	}

	/** One lifecycle; {@code n} is unique across threads (titles, business keys). */
	interface Lifecycle {

		void run(long n);
	}

	/**
	 * @param atMeasuredStart run once when the warm-up ends (forget what the warm-up recorded)
	 * @param cpu the CPU time of the lifecycles' work
	 */
	static Result measure(int threads, Duration warmUp, Duration measured, Runnable atMeasuredStart, RequestCpu cpu,
			Lifecycle lifecycle) throws InterruptedException {
		long start = System.nanoTime();
		long measuredFrom = start + warmUp.toNanos();
		long end = measuredFrom + measured.toNanos();
		AtomicLong counter = new AtomicLong();
		AtomicLong completed = new AtomicLong();
		AtomicLong endedAfterStart = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<String> firstFailure = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(threads);
		List<Future<?>> running = new ArrayList<>();
		AtomicBoolean cleared = new AtomicBoolean();
		long[] cpuAtStart = { -1 };
		for (int t = 0; t < threads; t++) {
			running.add(clients.submit(() -> {
				cpu.clientStarted();
				while (System.nanoTime() < end) {
					if (System.nanoTime() >= measuredFrom && cleared.compareAndSet(false, true)) {
						atMeasuredStart.run();
						cpuAtStart[0] = cpu.nanos();
					}
					long n = counter.incrementAndGet();
					try {
						lifecycle.run(n);
						long finished = System.nanoTime();
						if (finished >= measuredFrom && finished <= end) {
							completed.incrementAndGet();
						}
						if (finished >= measuredFrom) {
							endedAfterStart.incrementAndGet();
						}
					}
					catch (RuntimeException e) {
						failed.incrementAndGet();
						synchronized (firstFailure) {
							if (firstFailure.isEmpty()) {
								firstFailure.add(e.getMessage());
							}
						}
					}
				}
			}));
		}
		for (Future<?> client : running) {
			try {
				client.get();
			}
			catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
		}
		// From the measured start until the last client stopped, over every lifecycle that ended meanwhile
		// (the engine's client threads are read before their pool lets them go).
		long cpuAtEnd = cpu.nanos();
		clients.shutdown();
		double cpuMillis = cpuAtStart[0] < 0 || cpuAtEnd < 0 || endedAfterStart.get() == 0 ? Double.NaN
				: (cpuAtEnd - cpuAtStart[0]) / 1e6 / endedAfterStart.get();
		return new Result(threads, completed.get() / (measured.toNanos() / 1e9), completed.get(), failed.get(),
				firstFailure.isEmpty() ? null : firstFailure.get(0), cpuMillis);
	}

	/** @param cpuMillisPerLifecycle NaN where the process's CPU time is not known */
	record Result(int threads, double perSecond, long lifecycles, long failures, String firstFailure,
			double cpuMillisPerLifecycle) {
	}
}
