package vn.congdoan.sangkien.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's heap, read with the JDK's {@code jcmd} when the platform is a local {@code java -jar}
 * process of this machine (the platform exposes no metrics endpoint): its maximum, what it used after
 * the run, and what is still live after a full collection.
 */
final class PlatformHeap {

	private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

	private static final Pattern MAX = Pattern.compile("-Xmx(\\S+)");

	private PlatformHeap() {
	}

	/** The local {@code java -jar} platform on this port, if there is exactly one. */
	static Optional<ProcessHandle> platformOn(int port) {
		List<ProcessHandle> candidates = ProcessHandle.allProcesses()
			.filter(process -> process.info().commandLine().map(line -> line.contains("-jar") && line.contains("sangkien")).orElse(false))
			.toList();
		List<ProcessHandle> onPort = candidates.stream()
			.filter(process -> process.info().commandLine().orElse("").contains("--server.port=" + port))
			.toList();
		if (onPort.size() == 1) {
			return Optional.of(onPort.get(0));
		}
		// Started without --server.port: it listens on the default port.
		return candidates.size() == 1 && port == 8080 ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	static String describe(ProcessHandle platform) {
		String max = platform.info().commandLine().map(MAX::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse("the JVM's default");
		String before = heapInfo(platform);
		jcmd(platform, "GC.run");
		String live = heapInfo(platform);
		return "pid %d, -Xmx %s: heap used %s after the run, %s live after a full GC".formatted(platform.pid(), max, before, live);
	}

	private static String heapInfo(ProcessHandle platform) {
		Matcher used = USED.matcher(jcmd(platform, "GC.heap_info"));
		return used.find() ? (Long.parseLong(used.group(2)) / 1024) + " MB of " + (Long.parseLong(used.group(1)) / 1024) + " MB committed" : "?";
	}

	private static String jcmd(ProcessHandle platform, String command) {
		// The jcmd of the JDK this benchmark runs on, beside its java.
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jcmd = Path.of(java).resolveSibling("jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(platform.pid()), command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException e) {
			return "";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "";
		}
	}
}
