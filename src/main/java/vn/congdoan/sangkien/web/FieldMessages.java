package vn.congdoan.sangkien.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.Problems;

/**
 * The problems of a form's fields as a page shows them beside each field: one message a field, in the
 * page's language, a field named in a message named by its label rather than its key.
 */
@Component
class FieldMessages {

	private final Problems problems;

	FieldMessages(Problems problems) {
		this.problems = problems;
	}

	Map<String, String> of(List<FieldProblem> fieldProblems) {
		Map<String, String> messages = new LinkedHashMap<>();
		fieldProblems.forEach(problem -> messages.putIfAbsent(problem.field(), describe(problem)));
		return messages;
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
