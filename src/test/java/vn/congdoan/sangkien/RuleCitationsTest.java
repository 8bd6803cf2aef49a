package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's clone holds every rule the code cites: each rule id resolves to a heading of
 * docs/rules.md, no comment sends the reader to a document the clone does not have, and what
 * docs/rules.md names (tests, classes, models, anchors) exists. Reads files only: no Spring.
 */
@DisplayName("Every rule the repository cites is in docs/rules.md, and what docs/rules.md names exists")
class RuleCitationsTest {

	static final Path RULES = Path.of("docs/rules.md");

	/** Where rules are cited: sources, models, forms, realm, migrations, templates, messages, docs. */
	static final List<Path> SCANNED = List.of(Path.of("src"), Path.of("bpmn"), Path.of("forms"), Path.of("keycloak"),
			Path.of("docs"), Path.of(".ci"), Path.of("README.md"), Path.of("pom.xml"));

	static final Set<String> TEXT = Set.of("java", "bpmn", "dmn", "form", "sql", "html", "properties", "yaml", "yml",
			"md", "js", "css", "json", "xml", "sh", "puml", "txt", "");

	/** An id, and the far end of a range written after it: "R-7.1 - R-7.3", "R-1.1–R-1.7", "R-1.1 to 1.7". */
	static final Pattern CITATION = Pattern
		.compile("(?<![A-Za-z0-9_])R-(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|–|—|to)\\s*(?:R-)?(\\d+\\.\\d+))?");

	/** The notes the project started from, which a clone does not carry. */
	static final Pattern OUTSIDE_DOCUMENT = Pattern.compile("\\b(?:DOMAIN|DESIGN|FACTS|STYLE)\\.md\\b|\\.\\./shared/");


	static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$");

	static final Pattern RULE_HEADING = Pattern.compile("^#{2,3}\\s+R-(\\d+(?:\\.\\d+)?)(?![\\d.]*\\d)");

	static final Pattern CODE = Pattern.compile("`([^`]+)`");

	/** A class, or a method of it: {@code InitiativeRules}, {@code ProgrammeCalendarTest#uploadWindow}. */
	static final Pattern CLASS_REFERENCE = Pattern.compile("([A-Z][a-z][A-Za-z0-9]*)(?:#([a-z][A-Za-z0-9]*))?");

	static final Pattern FILE_REFERENCE = Pattern
		.compile("([\\w./-]+\\.(?:bpmn|dmn|form|sql|js|yaml|html|properties))(?:#([A-Za-z][\\w-]*))?");

	static final Pattern RULES_LINK = Pattern.compile("(?:docs/)?rules\\.md#([\\w-]+)|\\]\\(#([\\w-]+)\\)");

	@Test
	@DisplayName("every rule id cited anywhere, each end of a range too, has its heading in docs/rules.md")
	void everyCitationResolves() {
		Set<String> headings = ruleHeadings().keySet();
		List<String> unresolved = new ArrayList<>();
		forEachLine((file, number, line) -> {
			Matcher citation = CITATION.matcher(line);
			while (citation.find()) {
				for (String id : new String[] { citation.group(1), citation.group(2) }) {
					if (id != null && !headings.contains(id)) {
						unresolved.add(file + ":" + number + ": R-" + id);
					}
				}
			}
		});

		assertThat(unresolved).as("rule ids with no heading in %s", RULES).isEmpty();
	}

	@Test
	@DisplayName("no file sends the reader to a document the repository does not have")
	void noDocumentOutsideTheRepository() {
		List<String> outside = new ArrayList<>();
		forEachLine((file, number, line) -> {
			Matcher mention = OUTSIDE_DOCUMENT.matcher(line);
			if (mention.find()) {
				outside.add(file + ":" + number + ": " + mention.group());
			}
		});

		assertThat(outside).as("mentions of documents a clone does not have; cite docs/rules.md or docs/architecture.md")
			.isEmpty();
	}

	@Test
	@DisplayName("every rule in docs/rules.md names a test that exists, or says it is not implemented")
	void everyRuleIsTested() {
		Map<String, Path> tests = javaFiles(Path.of("src/test"));
		List<String> problems = new ArrayList<>();
		Map<String, String> rules = ruleHeadings();
		rules.forEach((id, section) -> {
			if (rules.keySet().stream().anyMatch(other -> other.startsWith(id + "."))) {
				return; // a section: its rules say how they are tested
			}
			int tested = section.indexOf("Tested:");
			if (tested < 0) {
				if (!section.contains("Not implemented")) {
					problems.add("R-" + id + ": neither Tested: nor Not implemented");
				}
				return;
			}
			// up to the blank line or the next item of the rule's list
			String paragraph = section.substring(tested).split("\\n\\s*(?:\\n|- )", 2)[0];
			Matcher code = CODE.matcher(paragraph);
			int named = 0;
			while (code.find()) {
				Matcher reference = CLASS_REFERENCE.matcher(code.group(1));
				if (reference.matches() && tests.containsKey(reference.group(1))) {
					named++;
				}
				else {
					problems.add("R-" + id + ": " + code.group(1) + " is not a test under src/test");
				}
			}
			if (named == 0) {
				problems.add("R-" + id + ": Tested: names no test");
			}
		});

		assertThat(problems).as("rules of %s and their tests", RULES).isEmpty();
	}

	@Test
	@DisplayName("the classes, models, files and anchors docs/rules.md names exist")
	void everyReferenceInTheRulesResolves() {
		Map<String, Path> classes = javaFiles(Path.of("src"));
		List<String> problems = new ArrayList<>();
		List<String> lines = lines(RULES);
		for (int i = 0; i < lines.size(); i++) {
			Matcher code = CODE.matcher(lines.get(i));
			while (code.find()) {
				String reference = code.group(1);
				Matcher file = FILE_REFERENCE.matcher(reference);
				Matcher type = CLASS_REFERENCE.matcher(reference);
				if (file.matches()) {
					Optional<Path> found = Stream.of(Path.of(file.group(1)), Path.of("src/main/resources", file.group(1)))
						.filter(Files::isRegularFile)
						.findFirst();
					if (found.isEmpty()) {
						problems.add(RULES + ":" + (i + 1) + ": no file " + file.group(1));
					}
					else if (file.group(2) != null && !read(found.get()).contains("id=\"" + file.group(2) + "\"")) {
						problems.add(RULES + ":" + (i + 1) + ": no element " + file.group(2) + " in " + file.group(1));
					}
				}
				else if (type.matches()) {
					Path source = classes.get(type.group(1));
					if (source == null) {
						problems.add(RULES + ":" + (i + 1) + ": no class " + type.group(1) + " under src");
					}
					else if (type.group(2) != null && !read(source).contains("void " + type.group(2) + "(")) {
						problems.add(RULES + ":" + (i + 1) + ": " + type.group(1) + " has no method " + type.group(2));
					}
				}
			}
		}
		Set<String> anchors = anchors();
		forEachLine((file, number, line) -> {
			Matcher link = RULES_LINK.matcher(line);
			while (link.find()) {
				boolean inRules = file.equals(RULES);
				String anchor = link.group(1) != null ? link.group(1) : inRules ? link.group(2) : null;
				if (anchor != null && !anchors.contains(anchor)) {
					problems.add(file + ":" + number + ": no heading for #" + anchor + " in " + RULES);
				}
			}
		});

		assertThat(problems).as("references of %s", RULES).isEmpty();
	}

	/** Each rule heading's id ("2.4", or "8" for a section without rules under it) and its text. */
	static Map<String, String> ruleHeadings() {
		Map<String, StringBuilder> sections = new LinkedHashMap<>();
		StringBuilder current = null;
		for (String line : lines(RULES)) {
			Matcher rule = RULE_HEADING.matcher(line);
			if (rule.find()) {
				current = new StringBuilder();
				sections.put(rule.group(1), current);
			}
			else if (HEADING.matcher(line).matches()) {
				current = null;
			}
			else if (current != null) {
				current.append(line).append('\n');
			}
		}
		Map<String, String> rules = new LinkedHashMap<>();
		sections.forEach((id, text) -> rules.put(id, text.toString()));
		return rules;
	}

	/** The anchors GitHub gives the headings of docs/rules.md: lower case, punctuation dropped, spaces as hyphens. */
	static Set<String> anchors() {
		Set<String> anchors = new LinkedHashSet<>();
		for (String line : lines(RULES)) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
			}
		}
		return anchors;
	}

	interface LineVisitor {

		void visit(Path file, int number, String line);

	}

	static void forEachLine(LineVisitor visitor) {
		for (Path root : SCANNED) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile)
					.filter(file -> TEXT.contains(extension(file)))
					.sorted()
					.forEach(file -> {
						List<String> lines = lines(file);
						for (int i = 0; i < lines.size(); i++) {
							visitor.visit(file, i + 1, lines.get(i));
						}
					});
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	static Map<String, Path> javaFiles(Path root) {
		Map<String, Path> classes = new HashMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(file -> file.toString().endsWith(".java"))
				.forEach(file -> classes.put(file.getFileName().toString().replace(".java", ""), file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return classes;
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? "" : name.substring(dot + 1);
	}

	static List<String> lines(Path file) {
		return read(file).lines().toList();
	}

	/** Undecodable bytes read as replacement characters: a stray byte must not hide the rest of a file. */
	static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
