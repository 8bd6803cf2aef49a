package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.system.FieldProblem;

@DisplayName("Form values are checked against the Camunda Forms of forms/")
class FormSchemaTest {

	@Test
	@DisplayName("a complete, valid review passes")
	void validReview() throws IOException {
		assertThat(codes(schema("support-team-review.form"),
				Map.of("supportTeamDecision", "accept", "supportTeamComment", "Đủ điều kiện"))).isEmpty();
	}

	@Test
	@DisplayName("a required choice that is missing, or not one of the options, is refused")
	void requiredAndOptions() throws IOException {
		FormSchema review = schema("support-team-review.form");

		assertThat(codes(review, Map.of())).containsExactly("task.form.required");
		assertThat(codes(review, Map.of("supportTeamDecision", "recognise"))).containsExactly("task.form.not-an-option");
	}

	@Test
	@DisplayName("a text over its maximum length, or of the wrong type, is refused")
	void textLengthAndType() throws IOException {
		FormSchema review = schema("support-team-review.form");

		assertThat(codes(review, Map.of("supportTeamDecision", "accept", "supportTeamComment", "x".repeat(2001))))
			.containsExactly("task.form.too-long");
		assertThat(codes(review, Map.of("supportTeamDecision", "accept", "supportTeamComment", 12)))
			.containsExactly("task.form.wrong-type");
	}

	@Test
	@DisplayName("a field the form does not have is refused, so a task cannot set another task's decision")
	void unknownField() throws IOException {
		assertThat(codes(schema("support-team-review.form"),
				Map.of("supportTeamDecision", "accept", "councilDecision", "recognise")))
			.containsExactly("task.form.unknown-field");
	}

	@Test
	@DisplayName("a required checkbox must be ticked, and must be a boolean")
	void requiredCheckbox() throws IOException {
		FormSchema upload = schema("portal-upload.form");
		Map<String, Object> unticked = new HashMap<>();
		unticked.put("uploadedToPortal", false);

		assertThat(codes(upload, unticked)).containsExactly("task.form.required");
		assertThat(codes(upload, Map.of("uploadedToPortal", "yes"))).containsExactly("task.form.wrong-type");
		assertThat(codes(upload, Map.of("uploadedToPortal", true))).isEmpty();
	}

	private static List<String> codes(FormSchema schema, Map<String, Object> values) {
		return schema.problemsOf(values).stream().map(FieldProblem::code).toList();
	}

	private static FormSchema schema(String file) throws IOException {
		try (InputStream in = FormSchemaTest.class.getResourceAsStream("/forms/" + file)) {
			return FormSchema.of(new ObjectMapper().readTree(in));
		}
	}
}
