package vn.congdoan.sangkien.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.Attachment;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.initiative.TargetGroup;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/**
 * The author's pages: write an initiative step by step, save it as a draft (also by itself, as they
 * type), attach files, submit. The same {@link InitiativeSubmission} as the API decides.
 */
@Controller
@PreAuthorize("hasRole('author')")
class InitiativePages {

	private final InitiativeSubmission submission;

	private final Attachments attachments;

	private final CurrentUser currentUser;

	private final Problems problems;

	private final Validator validator;

	private final FieldMessages fieldMessages;

	InitiativePages(InitiativeSubmission submission, Attachments attachments, CurrentUser currentUser, Problems problems,
			Validator validator, FieldMessages fieldMessages) {
		this.fieldMessages = fieldMessages;
		this.submission = submission;
		this.attachments = attachments;
		this.currentUser = currentUser;
		this.problems = problems;
		this.validator = validator;
	}

	@GetMapping("/initiatives/new")
	String newInitiative(Model model) {
		PlatformUser author = currentUser.get();
		return form(null, InitiativeForm.firstDraftOf(author.displayName(), author.username()), Map.of(), model);
	}

	@GetMapping("/initiatives/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Initiative initiative = submission.editableBy(currentUser.get(), id);
		return form(initiative, InitiativeForm.of(initiative), Map.of(), model);
	}

	@PostMapping("/initiatives/new")
	String create(@ModelAttribute("draft") InitiativeForm draft, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return save(null, draft, action, model, redirect, response);
	}

	@PostMapping("/initiatives/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("draft") InitiativeForm draft,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return save(id, draft, action, model, redirect, response);
	}

	/** What the page's script sends as the author types: saved quietly, or the problems as a 400. */
	@PostMapping(path = { "/initiatives/new", "/initiatives/{id}/edit" }, params = "action=autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable(required = false) Long id,
			@ModelAttribute("draft") InitiativeForm draft) {
		Map<String, String> errors = new LinkedHashMap<>();
		Initiative saved = write(currentUser.get(), id, draft, errors);
		if (saved == null) {
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		return ResponseEntity.ok()
			.location(URI.create("/initiatives/" + saved.getId() + "/edit"))
			.body(Map.of("id", saved.getId(), "message", problems.message("page.draft.autosaved")));
	}

	@PostMapping("/initiatives/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		attachments.add(currentUser.get(), id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
		redirect.addFlashAttribute("done", problems.message("page.attachment.added", file.getOriginalFilename()));
		return "redirect:/initiatives/" + id + "/edit";
	}

	/** The page's script uploads with a progress bar; a refusal comes back as the API's problem detail. */
	@PostMapping(path = "/initiatives/{id}/attachments", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	ResponseEntity<Map<String, Object>> attachWithProgress(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		Attachment attachment = attachments.add(currentUser.get(), id, file.getOriginalFilename(), file.getContentType(),
				file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", attachment.getId(), "fileName", attachment.getFileName(),
					"href", "/initiatives/" + id + "/attachments/" + attachment.getId()));
	}

	@PostMapping("/initiatives/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String given = reason == null || reason.isBlank() ? null : reason.strip();
		if (given != null && given.length() > 2000) {
			throw ProblemException.badRequest("page.withdraw.reason-too-long");
		}
		submission.withdraw(currentUser.get(), id, given);
		redirect.addFlashAttribute("done", problems.message("page.withdraw.done"));
		return "redirect:/initiatives/" + id;
	}

	@PostMapping("/initiatives/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		submission.deleteDraft(currentUser.get(), id);
		redirect.addFlashAttribute("done", problems.message("page.draft.deleted"));
		return "redirect:/my-initiatives";
	}

	private String save(Long id, InitiativeForm draft, String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PlatformUser author = currentUser.get();
		Map<String, String> errors = new LinkedHashMap<>();
		Initiative saved = write(author, id, draft, errors);
		if (saved == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("summary", problems.message("page.draft.invalid"));
			return form(id == null ? null : submission.editableBy(author, id), draft.padded(), errors, model);
		}
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("done", problems.message("page.draft.saved"));
			return "redirect:/initiatives/" + saved.getId() + "/edit";
		}
		try {
			submission.submit(author, saved.getId());
		}
		catch (ProblemException e) {
			// Saved but not sent: the author goes on from the saved draft, never from a second new one.
			response.setStatus(e.status().value());
			model.addAttribute("summary", problems.message(e.code(), e.arguments()));
			return form(saved, draft.padded(), fieldMessages.of(e.fieldProblems()), model);
		}
		redirect.addFlashAttribute("done", problems.message("page.draft.submitted"));
		return "redirect:/initiatives/" + saved.getId();
	}

	/** Creates or edits the draft; null, with the problems in {@code errors}, when it cannot be saved as typed. */
	private Initiative write(PlatformUser author, Long id, InitiativeForm draft, Map<String, String> errors) {
		Map<String, String> unreadable = new LinkedHashMap<>();
		InitiativeContent content = draft.content(unreadable);
		unreadable.forEach((field, code) -> errors.put(field, problems.message(code)));
		for (ConstraintViolation<InitiativeContent> violation : validator.validate(content)) {
			String field = violation.getPropertyPath().toString();
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			errors.putIfAbsent(field, problems.message("validation." + constraint, fieldMessages.label(field)));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		try {
			return id == null ? submission.createDraft(author, content) : submission.edit(author, id, content);
		}
		catch (ProblemException e) {
			if (e.fieldProblems().isEmpty()) {
				throw e;
			}
			fieldMessages.of(e.fieldProblems()).forEach(errors::putIfAbsent);
			return null;
		}
	}

	private String form(Initiative initiative, InitiativeForm draft, Map<String, String> errors, Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", InitiativeKind.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("attachments", initiative == null ? java.util.List.of() : attachments.of(initiative));
		return "initiative-form";
	}
}
