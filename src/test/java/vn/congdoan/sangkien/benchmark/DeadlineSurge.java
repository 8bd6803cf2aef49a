package vn.congdoan.sangkien.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last hour before an upload window closes, compressed: submissions and portal uploads arrive at
 * the rate of {@code perHour} an hour, half of each, on a fixed schedule that does not wait for the
 * platform (an open loop: a slow answer does not slow the arrivals), while support teams and officers
 * read their inboxes. Submissions go to the Đà Nẵng unit and uploads are Hà Nội's, so that the
 * lifecycles measured before find Hà Nội's inboxes as they were.
 */
final class DeadlineSurge {

	static final String READ = "inbox read";

	private static final List<String> READERS = List.of("hotro.hn", "hotro.dn", "canbo.hn", "hoidong.hn");

	private final PlatformLifecycle lifecycle;

	private final PlatformCalls calls;

	DeadlineSurge(PlatformLifecycle lifecycle, PlatformCalls calls) {
		this.lifecycle = lifecycle;
		this.calls = calls;
	}

	/**
	 * @return the number of submissions and uploads sent; their calls' times and errors are in the calls'
	 * latencies
	 */
	Plan run(double perHour, Duration length, double readsPerSecond) throws InterruptedException {
		long operations = Math.round(perHour * length.toSeconds() / 3600);
		long uploads = operations / 2;
		long submissions = operations - uploads;
		ConcurrentLinkedQueue<String[]> awaitingUpload = prepareUploads(uploads);
		calls.latencies().clear();

		long run = System.currentTimeMillis();
		AtomicLong sent = new AtomicLong();
		ExecutorService clients = Executors.newFixedThreadPool(64);
		ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
		long period = Math.max(1, length.toNanos() / operations);
		clock.scheduleAtFixedRate(() -> {
			long n = sent.incrementAndGet();
			if (n > operations) {
				return;
			}
			clients.execute(() -> {
				try {
					String[] upload = n % 2 == 0 ? awaitingUpload.poll() : null;
					if (upload != null) {
						calls.post("portal upload", PlatformLifecycle.OFFICER, "/api/tasks/" + upload[1] + "/complete",
								"{\"uploadedToPortal\":true}");
					}
					else {
						lifecycle.submitted("tacgia.dn", "Máy gấp áo hạn chót " + run + "-" + n);
					}
				}
				catch (PlatformCalls.CallFailed e) {
					// Counted among its call's errors.
				}
			});
		}, 0, period, TimeUnit.NANOSECONDS);
		long readPeriod = (long) (1e9 / readsPerSecond);
		AtomicLong reads = new AtomicLong();
		clock.scheduleAtFixedRate(() -> clients.execute(() -> {
			String reader = READERS.get((int) (reads.getAndIncrement() % READERS.size()));
			try {
				calls.get(READ, reader, "/api/tasks?first=0&max=50");
			}
			catch (PlatformCalls.CallFailed e) {
				// Counted among the reads' errors.
			}
		}), readPeriod, readPeriod, TimeUnit.NANOSECONDS);
		// The surge lasts its length whatever the platform does; then the clock stops sending.
		clock.awaitTermination(length.toNanos(), TimeUnit.NANOSECONDS);
		clock.shutdownNow();
		clients.shutdown();
		boolean drained = clients.awaitTermination(2, TimeUnit.MINUTES);
		return new Plan(operations, submissions, uploads, reads.get(), drained);
	}

	/** Initiatives recognised and waiting for the Hà Nội officer's upload, with their task ids: not timed. */
	private ConcurrentLinkedQueue<String[]> prepareUploads(long count) throws InterruptedException {
		ExecutorService preparers = Executors.newFixedThreadPool(4);
		List<Long> ids = new ArrayList<>();
		long run = System.currentTimeMillis();
		List<Future<Long>> recognised = new ArrayList<>();
		for (long i = 0; i < count; i++) {
			long n = i;
			recognised.add(preparers.submit(() -> lifecycle.recognised("Máy gấp áo chờ tải lên " + run + "-" + n)));
		}
		for (Future<Long> future : recognised) {
			try {
				ids.add(future.get());
			}
			catch (ExecutionException e) {
				// One fewer upload to send: the plan reports how many went.
			}
		}
		preparers.shutdown();
		Map<String, String> tasks = lifecycle.openTasks(PlatformLifecycle.OFFICER, "portalUpload");
		ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>();
		ids.forEach(id -> {
			String task = tasks.get(String.valueOf(id));
			if (task != null) {
				queue.add(new String[] { String.valueOf(id), task });
			}
		});
		return queue;
	}

	record Plan(long operations, long submissions, long uploads, long reads, boolean drained) {
	}
}
