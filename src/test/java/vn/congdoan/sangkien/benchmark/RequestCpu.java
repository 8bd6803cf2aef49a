package vn.congdoan.sangkien.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time spent doing the lifecycles' work, without the JIT compiler's and the collector's: on a
 * shared 2-core machine a freshly started JVM compiles for many minutes, and that would be counted
 * against whichever ran first. CPU per lifecycle hardly depends on what else the machine runs;
 * lifecycles per second do.
 */
interface RequestCpu {

	/** CPU time used so far, in nanoseconds; negative where it cannot be read. */
	long nanos();

	/** Called by each client thread as it starts. */
	default void clientStarted() {
	}

	/** The engine's work, done in this JVM by the client threads themselves. */
	static RequestCpu ofClientThreads() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Set<Long> clients = ConcurrentHashMap.newKeySet();
		return new RequestCpu() {

			@Override
			public void clientStarted() {
				clients.add(Thread.currentThread().getId());
			}

			@Override
			public long nanos() {
				return clients.stream().mapToLong(threads::getThreadCpuTime).filter(cpu -> cpu > 0).sum();
			}
		};
	}

	/** The platform's work: its Tomcat request threads (Linux, a local process), from /proc. */
	static RequestCpu ofRequestThreads(Optional<ProcessHandle> platform) {
		if (platform.isEmpty() || !Files.isDirectory(Path.of("/proc", String.valueOf(platform.get().pid()), "task"))) {
			return () -> -1;
		}
		Path tasks = Path.of("/proc", String.valueOf(platform.get().pid()), "task");
		return () -> {
			try (Stream<Path> threads = Files.list(tasks)) {
				return threads.mapToLong(RequestCpu::requestThreadTicks).sum() * 10_000_000L;
			}
			catch (IOException e) {
				return -1;
			}
		};
	}

	/** utime + stime of a thread named http-nio-*, in clock ticks (USER_HZ, 100 on Linux). */
	private static long requestThreadTicks(Path thread) {
		try {
			if (!Files.readString(thread.resolve("comm")).startsWith("http-nio")) {
				return 0;
			}
			String stat = Files.readString(thread.resolve("stat"));
			// Fields after the command name in parentheses, which may hold spaces.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException e) {
			// A thread that ended meanwhile.
			return 0;
		}
	}
}
