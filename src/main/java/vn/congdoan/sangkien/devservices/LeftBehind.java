package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A service process the application started, written down in the service's data directory beside
 * the application's own process. When the application is killed (kill -9, an IDE's stop button) its
 * shutdown hooks never run and the service lives on, holding its port and its data; the next start
 * finds it here and stops it first. A service whose application still runs (another copy on the same
 * directory) is left alone. Processes are known by pid and start time, so a pid reused since by
 * another program is never touched.
 */
final class LeftBehind {

	static final String FILE = "started-by.pid";

	/** How a service is stopped. */
	enum Stop {
		/** Keycloak: its launch script does not pass a signal on to its Java process, so both get SIGTERM. */
		WITH_ITS_CHILDREN,
		/** PostgreSQL: SIGINT, its fast shutdown, which ends its clients' sessions (SIGTERM would wait for them). */
		FAST_SHUTDOWN
	}

	/** How far apart two readings of one process's start time may be (Linux derives it from the boot time). */
	private static final long SAME_START_MILLIS = 2_000;

	private static final long STOP_WAIT_SECONDS = 30;

	private LeftBehind() {
	}

	/** Notes that this application started {@code service} on {@code dataDirectory}. */
	static void record(Path dataDirectory, ProcessHandle service) {
		try {
			Files.writeString(dataDirectory.resolve(FILE), identity(ProcessHandle.current()) + " " + identity(service) + "\n");
		}
		catch (IOException e) {
			// Without the note a killed run's service must be stopped by hand, as before; the start goes on.
		}
	}

	/** Stops the service a killed run left on {@code dataDirectory}, if there is one; its pid. */
	static OptionalLong stopIfOrphaned(Path dataDirectory, Stop how) {
		Path file = dataDirectory.resolve(FILE);
		String[] note;
		try {
			if (!Files.isRegularFile(file)) {
				return OptionalLong.empty();
			}
			note = Files.readString(file).trim().split("\\s+");
		}
		catch (IOException e) {
			return OptionalLong.empty();
		}
		if (note.length != 2 || running(note[0]).isPresent()) {
			return OptionalLong.empty();
		}
		Optional<ProcessHandle> service = running(note[1]);
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// The note is stale either way; the next start reads it again and finds nobody.
		}
		service.ifPresent(process -> stop(process, how));
		return service.map(process -> OptionalLong.of(process.pid())).orElse(OptionalLong.empty());
	}

	/** {@code pid@startMillis}: a process, told apart from a later one that got the same pid. */
	private static String identity(ProcessHandle process) {
		return process.pid() + "@" + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
	}

	private static Optional<ProcessHandle> running(String identity) {
		String[] parts = identity.split("@");
		try {
			long pid = Long.parseLong(parts[0]);
			long started = Long.parseLong(parts[1]);
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> Math.abs(process.info().startInstant().map(Instant::toEpochMilli).orElse(0L) - started)
						<= SAME_START_MILLIS);
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			return Optional.empty();
		}
	}

	private static void stop(ProcessHandle service, Stop how) {
		List<ProcessHandle> all = Stream.concat(service.descendants(), Stream.of(service)).toList();
		if (how == Stop.WITH_ITS_CHILDREN) {
			all.forEach(ProcessHandle::destroy);
		}
		else if (!interrupt(service)) {
			service.destroy();
		}
		if (!allEnded(all, STOP_WAIT_SECONDS)) {
			all.forEach(ProcessHandle::destroyForcibly);
			allEnded(all, 5);
		}
	}

	private static boolean interrupt(ProcessHandle process) {
		try {
			return new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean allEnded(List<ProcessHandle> processes, long seconds) {
		try {
			CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
				.get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException e) {
			return false;
		}
	}
}
