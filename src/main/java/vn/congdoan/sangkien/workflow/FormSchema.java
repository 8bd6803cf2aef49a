package vn.congdoan.sangkien.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdoan.sangkien.system.FieldProblem;

/**
 * The fields of a Camunda Form ({@code forms/*.form}) and their rules, applied on the server to what a
 * user submits for a task: the same schema Tasklist and the platform's pages render, so the browser
 * is never trusted. Only fields the form declares are accepted.
 */
final class FormSchema {

	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
			"select", "datetime", "checklist");

	private final Map<String, JsonNode> fields;

	private FormSchema(Map<String, JsonNode> fields) {
		this.fields = fields;
	}

	static FormSchema of(JsonNode form) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		collect(form.path("components"), fields);
		return new FormSchema(fields);
	}

	private static void collect(JsonNode components, Map<String, JsonNode> fields) {
		for (JsonNode component : components) {
			if (INPUT_TYPES.contains(component.path("type").asText()) && component.hasNonNull("key")) {
				fields.put(component.get("key").asText(), component);
			}
			collect(component.path("components"), fields);
		}
	}

	/** The keys of the form's fields. */
	java.util.Set<String> keys() {
		return fields.keySet();
	}

	/** The form's fields, in the order the form lists them. */
	List<FormField> fields() {
		return fields.entrySet().stream().map(field -> FormField.of(field.getKey(), field.getValue())).toList();
	}

	/**
	 * The values of an HTML form post, typed as the fields declare: a number that does not parse stays
	 * text, so that {@link #problemsOf} names it; an unticked checkbox is false; a blank field is left out.
	 */
	Map<String, Object> valuesFrom(Map<String, List<String>> posted) {
		Map<String, Object> values = new LinkedHashMap<>();
		fields.forEach((key, field) -> {
			List<String> sent = posted.getOrDefault(key, List.of()).stream().filter(text -> !text.isBlank()).toList();
			String type = field.path("type").asText();
			if ("checkbox".equals(type)) {
				values.put(key, !sent.isEmpty());
			}
			else if ("checklist".equals(type)) {
				values.put(key, sent);
			}
			else if (!sent.isEmpty()) {
				values.put(key, "number".equals(type) ? numberOrText(sent.get(0)) : sent.get(0));
			}
		});
		return values;
	}

	private static Object numberOrText(String text) {
		try {
			// A process variable is a long or a double: Java serialization of variables is off.
			BigDecimal number = new BigDecimal(text.strip()).stripTrailingZeros();
			return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
		}
		catch (NumberFormatException | ArithmeticException e) {
			return text;
		}
	}

	/** What is wrong with the submitted values; empty when they may complete the task. */
	List<FieldProblem> problemsOf(Map<String, Object> values) {
		List<FieldProblem> problems = new ArrayList<>();
		values.keySet().stream()
			.filter(key -> !fields.containsKey(key))
			.sorted()
			.forEach(key -> problems.add(new FieldProblem(key, "task.form.unknown-field", key)));
		fields.forEach((key, field) -> check(key, field, values.get(key), problems));
		return problems;
	}

	private static void check(String key, JsonNode field, Object value, List<FieldProblem> problems) {
		JsonNode validate = field.path("validate");
		String type = field.path("type").asText();
		String label = FormField.labelOf(key, field);
		boolean empty = value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty());
		if (validate.path("required").asBoolean(false) && (empty || ("checkbox".equals(type) && Boolean.FALSE.equals(value)))) {
			problems.add(new FieldProblem(key, "task.form.required", label));
			return;
		}
		if (empty) {
			return;
		}
		switch (type) {
			case "textfield", "textarea" -> {
				if (!(value instanceof String text)) {
					problems.add(new FieldProblem(key, "task.form.wrong-type", label));
				}
				else if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
					problems.add(new FieldProblem(key, "task.form.too-long", label, validate.get("maxLength").asInt()));
				}
				else if (validate.has("minLength") && text.strip().length() < validate.get("minLength").asInt()) {
					problems.add(new FieldProblem(key, "task.form.too-short", label, validate.get("minLength").asInt()));
				}
			}
			case "number" -> {
				if (!(value instanceof Number number)) {
					problems.add(new FieldProblem(key, "task.form.wrong-type", label));
				}
				else {
					BigDecimal decimal = new BigDecimal(number.toString());
					if (validate.has("min") && decimal.compareTo(validate.get("min").decimalValue()) < 0) {
						problems.add(new FieldProblem(key, "task.form.too-small", label, validate.get("min").asText()));
					}
					if (validate.has("max") && decimal.compareTo(validate.get("max").decimalValue()) > 0) {
						problems.add(new FieldProblem(key, "task.form.too-large", label, validate.get("max").asText()));
					}
				}
			}
			case "checkbox" -> {
				if (!(value instanceof Boolean)) {
					problems.add(new FieldProblem(key, "task.form.wrong-type", label));
				}
			}
			case "radio", "select" -> {
				if (!(value instanceof String text)) {
					problems.add(new FieldProblem(key, "task.form.wrong-type", label));
				}
				else if (!optionsOf(field).contains(text)) {
					problems.add(new FieldProblem(key, "task.form.not-an-option", label));
				}
			}
			case "checklist" -> {
				if (!(value instanceof List<?> chosen) || !chosen.stream().allMatch(optionsOf(field)::contains)) {
					problems.add(new FieldProblem(key, "task.form.not-an-option", label));
				}
			}
			case "datetime" -> {
				if (!(value instanceof String text) || !isDate(text)) {
					problems.add(new FieldProblem(key, "task.form.wrong-type", label));
				}
			}
			default -> throw new IllegalStateException("Unhandled form field type " + type);
		}
	}

	private static List<String> optionsOf(JsonNode field) {
		List<String> options = new ArrayList<>();
		field.path("values").forEach(option -> options.add(option.path("value").asText()));
		return options;
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
