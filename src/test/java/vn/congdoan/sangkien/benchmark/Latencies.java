package vn.congdoan.sangkien.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times per named call, kept whole (a run records at most some tens of thousands) so that
 * percentiles are exact; errors counted beside them.
 */
final class Latencies {

	private final Map<String, List<Long>> nanosByCall = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> errorsByCall = new ConcurrentHashMap<>();

	void record(String call, long nanos) {
		List<Long> nanos1 = nanosByCall.computeIfAbsent(call, c -> new ArrayList<>());
		synchronized (nanos1) {
			nanos1.add(nanos);
		}
	}

	void error(String call) {
		errorsByCall.computeIfAbsent(call, c -> new AtomicLong()).incrementAndGet();
	}

	/** Forgets what the warm-up recorded. */
	void clear() {
		nanosByCall.clear();
		errorsByCall.clear();
	}

	long errors() {
		return errorsByCall.values().stream().mapToLong(AtomicLong::get).sum();
	}

	Summary of(String call) {
		List<Long> recorded = nanosByCall.getOrDefault(call, List.of());
		long[] sorted;
		synchronized (recorded) {
			sorted = recorded.stream().mapToLong(Long::longValue).toArray();
		}
		Arrays.sort(sorted);
		AtomicLong errors = errorsByCall.get(call);
		return new Summary(call, sorted, errors == null ? 0 : errors.get());
	}

	/** All calls together: the surge's goal is on every request, whatever it was. */
	Summary all(String name) {
		long[] sorted = nanosByCall.values().stream().flatMap(list -> {
			synchronized (list) {
				return new ArrayList<>(list).stream();
			}
		}).mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new Summary(name, sorted, errors());
	}

	/** Percentiles by nearest rank, in milliseconds. */
	record Summary(String call, long[] sortedNanos, long errors) {

		int count() {
			return sortedNanos.length;
		}

		double p(double percentile) {
			if (sortedNanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(percentile / 100 * sortedNanos.length);
			return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
		}
	}
}
