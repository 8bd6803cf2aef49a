package vn.congdoan.sangkien.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The operators' scripts of src/main/postgres (backup.sh, restore.sh), run as an operator runs them. */
final class OperatorScripts {

	private static final Path SCRIPTS = Path.of("src", "main", "postgres");

	private OperatorScripts() {
	}

	static Script run(String script, String... arguments) throws IOException, InterruptedException {
		return run(Map.of(), script, arguments);
	}

	/** One of the scripts, with these environment variables: its output and exit code. */
	static Script run(Map<String, String> environment, String script, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(script + " did not end in 3 minutes:\n" + output);
		}
		return new Script(process.exitValue(), output);
	}

	record Script(int exit, String output) {
	}
}
