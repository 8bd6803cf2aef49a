package vn.congdoan.sangkien.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A service a killed run left running is stopped at the next start; one of a running copy, or a reused pid, is not")
class LeftBehindTest {

	@TempDir
	Path data;

	Process service;

	@AfterEach
	void stopWhatIsLeft() {
		if (service != null) {
			service.descendants().forEach(ProcessHandle::destroyForcibly);
			service.destroyForcibly();
		}
	}

	@Test
	@DisplayName("its application was killed: the service and its children are stopped, the note is gone")
	void orphanStopped() throws Exception {
		service = new ProcessBuilder("bash", "-c", "sleep 300 & wait").start();
		List<ProcessHandle> children = childrenOf(service);
		note(deadProcess(), service.toHandle());

		OptionalLong stopped = LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.WITH_ITS_CHILDREN);

		assertThat(stopped).hasValue(service.pid());
		assertThat(service.isAlive()).isFalse();
		assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
		assertThat(data.resolve(LeftBehind.FILE)).doesNotExist();
	}

	@Test
	@DisplayName("PostgreSQL's way: an interrupt (its fast shutdown) stops it")
	void fastShutdown() throws Exception {
		service = new ProcessBuilder("sleep", "300").start();
		note(deadProcess(), service.toHandle());

		OptionalLong stopped = LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.FAST_SHUTDOWN);

		assertThat(stopped).hasValue(service.pid());
		assertThat(service.isAlive()).isFalse();
	}

	@Test
	@DisplayName("its application still runs (another copy on the same directory): left alone")
	void ownerRunning() throws Exception {
		service = new ProcessBuilder("sleep", "300").start();
		LeftBehind.record(data, service.toHandle());

		OptionalLong stopped = LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.WITH_ITS_CHILDREN);

		assertThat(stopped).isEmpty();
		assertThat(service.isAlive()).isTrue();
	}

	@Test
	@DisplayName("the noted pid now belongs to a process started later: left alone")
	void pidReused() throws Exception {
		service = new ProcessBuilder("sleep", "300").start();
		Files.writeString(data.resolve(LeftBehind.FILE), deadProcess() + " " + service.pid() + "@12345\n");

		OptionalLong stopped = LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.WITH_ITS_CHILDREN);

		assertThat(stopped).isEmpty();
		assertThat(service.isAlive()).isTrue();
	}

	@Test
	@DisplayName("nothing noted, or a note in another shape: nothing happens")
	void nothingNoted() throws IOException {
		assertThat(LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.FAST_SHUTDOWN)).isEmpty();
		Files.writeString(data.resolve(LeftBehind.FILE), "not a note");
		assertThat(LeftBehind.stopIfOrphaned(data, LeftBehind.Stop.FAST_SHUTDOWN)).isEmpty();
	}

	/** A process that has ended, as the killed application is. */
	private static String deadProcess() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		Instant started = ended.toHandle().info().startInstant().orElse(Instant.EPOCH);
		ended.waitFor();
		return ended.pid() + "@" + started.toEpochMilli();
	}

	private void note(String owner, ProcessHandle process) throws IOException {
		Files.writeString(data.resolve(LeftBehind.FILE),
				owner + " " + process.pid() + "@" + process.info().startInstant().orElseThrow().toEpochMilli() + "\n");
	}

	private static List<ProcessHandle> childrenOf(Process process) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		while (process.children().findAny().isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		return process.children().toList();
	}
}
