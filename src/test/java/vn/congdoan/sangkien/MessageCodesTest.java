package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every code the platform answers with, and every status, step and outcome its models put on a page,
 * has its Vietnamese message ({@code messages.properties}) and its English one
 * ({@code messages_en.properties}); the English pages also have the label of every field of
 * {@code forms/}, whose Vietnamese is the form itself. Reads files only: no Spring.
 */
@DisplayName("Every code, status, step and outcome has its message in Vietnamese and in English")
class MessageCodesTest {

	static final Path VIETNAMESE = Path.of("src/main/resources/messages.properties");

	static final Path ENGLISH = Path.of("src/main/resources/messages_en.properties");

	/**
	 * A code written where a refusal is made: {@code ProblemException.conflict("task.ended", ...)},
	 * {@code new ProblemException(HttpStatus.X, "code", ...)}, {@code new FieldProblem(field, "code", ...)}.
	 * A code handed to a method of one's own first is not seen: write it where the refusal is made.
	 */
	static final Pattern CODE = Pattern.compile("(?:ProblemException\\.(?:badRequest|forbidden|notFound|conflict|invalidFields|tooManyRequests|unavailable)\\("
			+ "|new ProblemException\\(\\s*[\\w.]+\\s*,|new FieldProblem\\(\\s*[^,()\"]+,)\\s*\"([^\"]+)\"");

	static final Pattern STATUS_SET = Pattern.compile("initiativeStatus\\.set\\(execution,\\s*'([^']+)'");

	static final Pattern FIXED_OUTCOME = Pattern.compile("decisionLog\\.taskDone\\(task,\\s*'([^']+)'");

	static final Pattern OUTCOME_FIELD = Pattern.compile("decisionLog\\.taskCompleted\\(task,\\s*'([^']+)'");

	final Set<String> vietnamese = keysOf(VIETNAMESE);

	final Set<String> english = keysOf(ENGLISH);

	@Test
	@DisplayName("every code a refusal is made with, in the code")
	void everyCodeOfTheCode() {
		Set<String> codes = new TreeSet<>();
		files(Path.of("src/main/java"), ".java").forEach(file -> {
			Matcher code = CODE.matcher(read(file));
			while (code.find()) {
				codes.add(code.group(1));
			}
		});

		assertThat(codes).as("codes found, so that the search itself is known to work")
			.contains("task.not-found", "initiative.transition.not-allowed", "task.form.required");
		assertThat(missingIn(vietnamese, codes)).as("codes without a Vietnamese message").isEmpty();
		assertThat(missingIn(english, codes)).as("codes without an English message").isEmpty();
	}

	@Test
	@DisplayName("every status, timeline step and outcome the process models set")
	void everyMessageOfTheModels() {
		Set<String> keys = new TreeSet<>();
		for (Path model : files(Path.of("bpmn"), ".bpmn")) {
			keys.addAll(modelMessages(model));
		}

		assertThat(keys).as("messages found, so that the search itself is known to work")
			.contains("status.IN_SUPPORT_REVIEW", "step.supportTeamReview", "outcome.resubmitted", "outcome.accept");
		assertThat(missingIn(vietnamese, keys)).as("without a Vietnamese message").isEmpty();
		assertThat(missingIn(english, keys)).as("without an English message").isEmpty();
	}

	@Test
	@DisplayName("every label, description and option of a form, on the English pages")
	void everyFieldOfTheFormsInEnglish() {
		Set<String> keys = new TreeSet<>();
		for (Path form : files(Path.of("forms"), ".form")) {
			fieldsOf(json(form).path("components")).forEach(field -> {
				String key = field.path("key").asText();
				if (field.hasNonNull("label")) {
					keys.add("form." + key + ".label");
				}
				if (field.hasNonNull("description")) {
					keys.add("form." + key + ".description");
				}
				field.path("values").forEach(option -> keys.add("form." + key + "." + option.path("value").asText()));
			});
		}

		assertThat(keys).contains("form.supportTeamDecision.label", "form.supportTeamDecision.accept");
		assertThat(missingIn(english, keys)).as("form texts without an English message").isEmpty();
	}

	@Test
	@DisplayName("every Vietnamese message has its English one")
	void everyVietnameseMessageInEnglish() {
		assertThat(missingIn(english, vietnamese)).isEmpty();
	}

	/**
	 * What a model puts on the pages: the status each step sets, the timeline's step of each task that
	 * writes to it (reminders and escalations write the task they serve), and its outcomes, fixed in the
	 * model or the options of the form field it names.
	 */
	static Set<String> modelMessages(Path model) {
		Set<String> keys = new TreeSet<>();
		Document document = xml(model);
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			String expression = element.getAttribute("expression") + element.getAttribute("camunda:expression");
			find(STATUS_SET, expression).forEach(status -> keys.add("status." + status));
			find(FIXED_OUTCOME, expression).forEach(outcome -> keys.add("outcome." + outcome));
			find(OUTCOME_FIELD, expression).forEach(field -> optionsOf(field).forEach(value -> keys.add("outcome." + value)));
			if (expression.contains("decisionLog.task")) {
				// A task's listener, in the task's extension elements: the timeline names the task.
				keys.add("step." + ((Element) element.getParentNode().getParentNode()).getAttribute("id"));
			}
			if (element.getTagName().equals("camunda:inputParameter") && element.getAttribute("name").equals("deadlineOf")) {
				keys.add("step." + element.getTextContent().strip());
			}
		}
		return keys;
	}

	/** The option values of a field of {@code forms/}, by its key. */
	static List<String> optionsOf(String fieldKey) {
		List<String> values = new ArrayList<>();
		for (Path form : files(Path.of("forms"), ".form")) {
			fieldsOf(json(form).path("components")).stream()
				.filter(field -> field.path("key").asText().equals(fieldKey))
				.forEach(field -> field.path("values").forEach(option -> values.add(option.path("value").asText())));
		}
		assertThat(values).as("the options of form field " + fieldKey).isNotEmpty();
		return values;
	}

	/** The fields of a form, groups opened; text blocks (no key) left out. */
	static List<JsonNode> fieldsOf(JsonNode components) {
		List<JsonNode> fields = new ArrayList<>();
		components.forEach(component -> {
			if (component.hasNonNull("key")) {
				fields.add(component);
			}
			fields.addAll(fieldsOf(component.path("components")));
		});
		return fields;
	}

	static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static Set<String> missingIn(Set<String> messages, Set<String> keys) {
		Set<String> missing = new TreeSet<>(keys);
		missing.removeAll(messages);
		return missing;
	}

	static Set<String> keysOf(Path messages) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.stringPropertyNames();
	}

	static List<Path> files(Path folder, String extension) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode json(Path file) {
		try {
			return new ObjectMapper().readTree(file.toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Document xml(Path file) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot read " + file, e);
		}
	}
}
