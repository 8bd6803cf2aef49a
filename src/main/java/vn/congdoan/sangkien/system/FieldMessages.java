package vn.congdoan.sangkien.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The problems of a form's fields as a page shows them beside each field: one message a field, in the
 * page's language, a field named in a message named by its label rather than its key.
 */
@Component
public class FieldMessages {

	private final Problems problems;

	public FieldMessages(Problems problems) {
		this.problems = problems;
	}

	public Map<String, String> of(List<FieldProblem> fieldProblems) {
		Map<String, String> messages = new LinkedHashMap<>();
		fieldProblems.forEach(problem -> messages.putIfAbsent(problem.field(), describe(problem)));
		return messages;
	}

	/** The field errors of a form's binding result, each rejected with a code and arguments as a {@link FieldProblem}. */
	public Map<String, String> of(Errors errors) {
		return of(errors.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getCode(),
					error.getArguments() == null ? new Object[0] : error.getArguments()))
			.toList());
	}

	/** Rejects the field problems of a service on the form's binding result, to be shown like its own. */
	public void reject(List<FieldProblem> fieldProblems, Errors errors) {
		fieldProblems.forEach(problem -> errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null));
	}

	String describe(FieldProblem problem) {
		Object[] arguments = problem.arguments().clone();
		for (int i = 0; i < arguments.length; i++) {
			if (problem.field().equals(arguments[i])) {
				arguments[i] = label(problem.field());
			}
		}
		return problems.message(problem.code(), arguments);
	}

	/** {@code contributors[0].sharePercent} is labelled as {@code page.field.sharePercent}. */
	String label(String field) {
		String name = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
		return problems.message("page.field." + name);
	}
}
