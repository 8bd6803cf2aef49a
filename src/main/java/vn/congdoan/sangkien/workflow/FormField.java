package vn.congdoan.sangkien.workflow;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input of a task's Camunda Form, as the platform's task page renders it: the same schema the
 * server checks a completion against ({@link FormSchema}).
 */
public record FormField(String key, String type, String label, String description, boolean required,
		Integer maxLength, List<Option> options) {

	/** A choice of a radio, select or checklist field. */
	public record Option(String value, String label) {
	}

	static FormField of(String key, JsonNode component) {
		JsonNode validate = component.path("validate");
		List<Option> options = new ArrayList<>();
		component.path("values").forEach(option -> options.add(new Option(option.path("value").asText(),
				option.path("label").asText())));
		return new FormField(key, component.path("type").asText(), labelOf(key, component),
				component.hasNonNull("description") ? component.get("description").asText() : null,
				validate.path("required").asBoolean(false),
				validate.has("maxLength") ? validate.get("maxLength").asInt() : null, List.copyOf(options));
	}

	/** A date field carries its label as {@code dateLabel}. */
	static String labelOf(String key, JsonNode component) {
		return component.hasNonNull("label") ? component.get("label").asText() : component.path("dateLabel").asText(key);
	}
}
