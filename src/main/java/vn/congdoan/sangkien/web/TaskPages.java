package vn.congdoan.sangkien.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.congdoan.sangkien.idea.Idea;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.SimilarInitiatives;
import vn.congdoan.sangkien.reporting.CollectiveRecognitions;
import vn.congdoan.sangkien.system.FieldMessages;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.workflow.TaskDecisions;
import vn.congdoan.sangkien.workflow.TaskInbox;

/**
 * A task's page: the whole initiative beside the task's form, rendered from the form's schema in
 * {@code forms/}; claim, give back and complete go through the same {@link TaskDecisions} as the API.
 */
@Pages
class TaskPages {

	private final TaskInbox inbox;

	private final TaskDecisions decisions;

	private final InitiativeAccess access;

	private final Attachments attachments;

	private final DecisionLog decisionLog;

	private final CurrentUser currentUser;

	private final Problems problems;

	private final CollectiveRecognitions recognitions;

	private final FieldMessages fieldMessages;

	private final SimilarInitiatives similar;

	private final Ideas ideas;

	TaskPages(TaskInbox inbox, TaskDecisions decisions, InitiativeAccess access, Attachments attachments,
			DecisionLog decisionLog, CurrentUser currentUser, Problems problems, CollectiveRecognitions recognitions,
			FieldMessages fieldMessages, SimilarInitiatives similar, Ideas ideas) {
		this.similar = similar;
		this.ideas = ideas;
		this.fieldMessages = fieldMessages;
		this.recognitions = recognitions;
		this.inbox = inbox;
		this.decisions = decisions;
		this.access = access;
		this.attachments = attachments;
		this.decisionLog = decisionLog;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	@GetMapping("/tasks/{taskId}")
	String task(@PathVariable String taskId, Model model) {
		return render(taskId, Map.of(), Map.of(), model);
	}

	@PostMapping("/tasks/{taskId}")
	String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		Map<String, List<String>> values = new LinkedHashMap<>(posted);
		values.remove("_csrf");
		try {
			decisions.completeWithPostedForm(currentUser.get(), taskId, values);
		}
		catch (ProblemException e) {
			if (e.fieldProblems().isEmpty()) {
				throw e;
			}
			response.setStatus(e.status().value());
			model.addAttribute("summary", problems.message(e.code(), e.arguments()));
			return render(taskId, values, fieldMessages.of(e.fieldProblems().stream().map(this::inPageLanguage).toList()),
					model);
		}
		redirect.addFlashAttribute("done", problems.message("page.task.done"));
		return "redirect:/inbox";
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId) {
		decisions.claim(currentUser.get(), taskId);
		return "redirect:/tasks/" + taskId;
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId) {
		decisions.unclaim(currentUser.get(), taskId);
		return "redirect:/tasks/" + taskId;
	}

	/**
	 * The form's own checks name a field by its label in {@code forms/}, which is Vietnamese; on the
	 * English pages the label of the messages is used instead.
	 */
	private FieldProblem inPageLanguage(FieldProblem problem) {
		String key = "form." + problem.field() + ".label";
		String label = problems.message(key);
		if (!problem.code().startsWith("task.form.") || problem.arguments().length == 0 || label.equals(key)) {
			return problem;
		}
		Object[] arguments = problem.arguments().clone();
		arguments[0] = label;
		return new FieldProblem(problem.field(), problem.code(), arguments);
	}

	private String render(String taskId, Map<String, List<String>> values, Map<String, String> errors, Model model) {
		PlatformUser user = currentUser.get();
		TaskInbox.TaskForm form = inbox.form(user, taskId);
		model.addAttribute("task", form.task());
		model.addAttribute("fields", form.fields());
		model.addAttribute("refusal", form.refusal() == null ? null
				: problems.message(form.refusal().code(), form.refusal().arguments()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		// The collective recognitions' tasks are about a period, not one initiative; an idea's, about the idea.
		String businessKey = form.task().initiativeId();
		if (businessKey != null && Ideas.STEPS.contains(form.task().step())) {
			Idea idea = ideas.find(user, Long.parseLong(businessKey));
			model.addAttribute("idea", idea);
			// The author goes on from the idea's text, with the latest comment beside it, rather than retyping it.
			if (values.isEmpty()) {
				model.addAttribute("values", Map.of("ideaProblem", List.of(idea.problem()), "ideaProposal",
						List.of(idea.proposal())));
			}
		}
		else if (businessKey != null && businessKey.chars().allMatch(Character::isDigit) && !businessKey.isEmpty()) {
			long initiativeId = Long.parseLong(businessKey);
			Initiative initiative = access.visibleTo(user, initiativeId);
			model.addAttribute("initiative", initiative);
			model.addAttribute("editable", initiative.isEditableBy(user.username()));
			model.addAttribute("attachments", attachments.of(initiative));
			model.addAttribute("timeline", decisionLog.timelineOf(initiativeId));
			// the reviewers judge novelty beside the task; the author's own tasks show none.
			model.addAttribute("similar", similar.beside(user, initiative).orElse(null));
		}
		else if (businessKey != null && businessKey.contains(":")) {
			model.addAttribute("recognition", recognitions.ofProcess(user, businessKey));
		}
		return "task";
	}

}
