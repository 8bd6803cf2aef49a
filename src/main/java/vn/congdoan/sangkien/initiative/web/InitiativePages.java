package vn.congdoan.sangkien.initiative.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.system.FieldMessages;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/**
 * The author's pages: write an initiative step by step, save it as a draft (also by itself, as they
 * type), attach files, submit; and everyone's list of their own initiatives. The same
 * {@link InitiativeSubmission} as the API decides; what was typed is checked by
 * {@link InitiativeFormValidator}.
 */
@Pages
@PreAuthorize("hasRole('author')")
class InitiativePages {

	static final String FORM = "initiative/initiative-form";

	static final int MY_INITIATIVES_PER_PAGE = 20;

	private final InitiativeSubmission submission;

	private final Attachments attachments;

	private final CurrentUser currentUser;

	private final Problems problems;

	private final FieldMessages fieldMessages;

	private final InitiativeFormValidator validator;

	private final Members members;

	private final InitiativeAccess access;

	InitiativePages(InitiativeSubmission submission, Attachments attachments, CurrentUser currentUser, Problems problems,
			FieldMessages fieldMessages, jakarta.validation.Validator constraints, Members members, InitiativeAccess access) {
		this.submission = submission;
		this.access = access;
		this.members = members;
		this.attachments = attachments;
		this.currentUser = currentUser;
		this.problems = problems;
		this.fieldMessages = fieldMessages;
		this.validator = new InitiativeFormValidator(constraints);
	}

	@InitBinder("draft")
	void checkWhatWasTyped(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	/** Whoever signs in lands here, author or not. */
	@GetMapping("/my-initiatives")
	@PreAuthorize("isAuthenticated()")
	String myInitiatives(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("initiatives", submission.mine(currentUser.get(), page, MY_INITIATIVES_PER_PAGE));
		return "initiative/my-initiatives";
	}

	@GetMapping("/initiatives/new")
	String newInitiative(Model model) {
		PlatformUser author = currentUser.get();
		return form(null, InitiativeForm.firstDraftOf(author.displayName(), author.username()), Map.of(), model);
	}

	@GetMapping("/initiatives/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PlatformUser author = currentUser.get();
		Initiative initiative = submission.editableBy(author, id);
		return form(initiative, InitiativeForm.of(initiative, access.confidentialContent(author, initiative)), Map.of(), model);
	}

	@PostMapping("/initiatives/new")
	String create(@Valid @ModelAttribute("draft") InitiativeForm draft, BindingResult typed,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return save(null, draft, typed, action, model, redirect, response);
	}

	@PostMapping("/initiatives/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("draft") InitiativeForm draft, BindingResult typed,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return save(id, draft, typed, action, model, redirect, response);
	}

	/** What the page's script sends as the author types: saved quietly, or the problems as a 400. */
	@PostMapping(path = { "/initiatives/new", "/initiatives/{id}/edit" }, params = "action=autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable(required = false) Long id,
			@Valid @ModelAttribute("draft") InitiativeForm draft, BindingResult typed) {
		Initiative saved = write(currentUser.get(), id, draft, typed);
		if (saved == null) {
			return ResponseEntity.badRequest().body(Map.of("errors", fieldMessages.of(typed)));
		}
		return ResponseEntity.ok()
			.location(URI.create("/initiatives/" + saved.getId() + "/edit"))
			.body(Map.of("id", saved.getId(), "message", problems.message("page.draft.autosaved")));
	}

	/**
	 * The contributor picker without JavaScript: the row's "find" button sends the form, which comes back as typed
	 * (nothing saved) with the members found for that row to pick from, those of the initiative's union (of the
	 * author's unions for a new one).
	 */
	@PostMapping(path = { "/initiatives/new", "/initiatives/{id}/edit" }, params = "find")
	String findMember(@PathVariable(required = false) Long id, @ModelAttribute("draft") InitiativeForm draft,
			@RequestParam("find") int row, Model model, HttpServletResponse response) {
		PlatformUser author = currentUser.get();
		Initiative initiative = id == null ? null : submission.editableBy(author, id);
		List<InitiativeForm.Row> rows = draft.padded().getContributors();
		if (row < 0 || row >= rows.size()) {
			throw ProblemException.badRequest("request.invalid");
		}
		try {
			model.addAttribute("found", members.search(author, rows.get(row).getMemberQuery(),
					initiative == null ? null : initiative.getUnitCode()));
			model.addAttribute("foundRow", row);
			return form(initiative, draft, Map.of(), model);
		}
		catch (ProblemException e) {
			response.setStatus(e.status().value());
			return form(initiative, draft, Map.of("contributors[" + row + "].memberQuery",
					problems.message(e.code(), e.arguments())), model);
		}
	}

	@PostMapping("/initiatives/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confidential, RedirectAttributes redirect) throws IOException {
		attachments.add(currentUser.get(), id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
				confidential);
		redirect.addFlashAttribute("done", problems.message("page.attachment.added", file.getOriginalFilename()));
		return "redirect:/initiatives/" + id + "/edit";
	}

	/** The page's script uploads with a progress bar; a refusal comes back as the API's problem detail. */
	@PostMapping(path = "/initiatives/{id}/attachments", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	ResponseEntity<Map<String, Object>> attachWithProgress(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confidential) throws IOException {
		Attachment attachment = attachments.add(currentUser.get(), id, file.getOriginalFilename(), file.getContentType(),
				file.getBytes(), confidential);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", attachment.getId(), "fileName", attachment.getFileName(), "confidential", confidential,
					"href", "/initiatives/" + id + "/attachments/" + attachment.getId()));
	}

	/** Why the author withdraws, if they say: blank is no reason. */
	record Withdrawal(@Size(max = 2000) String reason) {

		Withdrawal {
			reason = InitiativeForm.blank(reason) ? null : reason.strip();
		}
	}

	@PostMapping("/initiatives/{id}/withdraw")
	String withdraw(@PathVariable long id, @Valid Withdrawal withdrawal, BindingResult typed, RedirectAttributes redirect) {
		if (typed.hasErrors()) {
			throw ProblemException.badRequest("page.withdraw.reason-too-long");
		}
		submission.withdraw(currentUser.get(), id, withdrawal.reason());
		redirect.addFlashAttribute("done", problems.message("page.withdraw.done"));
		return "redirect:/initiatives/" + id;
	}

	@PostMapping("/initiatives/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		submission.deleteDraft(currentUser.get(), id);
		redirect.addFlashAttribute("done", problems.message("page.draft.deleted"));
		return "redirect:/my-initiatives";
	}

	private String save(Long id, InitiativeForm draft, BindingResult typed, String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PlatformUser author = currentUser.get();
		Initiative saved = write(author, id, draft, typed);
		if (saved == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("summary", problems.message("page.draft.invalid"));
			return form(id == null ? null : submission.editableBy(author, id), draft.padded(), fieldMessages.of(typed),
					model);
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

	/**
	 * Creates or edits the draft; null, with the service's problems added to what was typed wrong, when
	 * it cannot be saved as typed.
	 */
	private Initiative write(PlatformUser author, Long id, InitiativeForm draft, BindingResult typed) {
		if (typed.hasErrors()) {
			return null;
		}
		try {
			return id == null ? submission.createDraft(author, draft.content()) : submission.edit(author, id, draft.content());
		}
		catch (ProblemException e) {
			if (e.fieldProblems().isEmpty()) {
				throw e;
			}
			fieldMessages.reject(e.fieldProblems(), typed);
			return null;
		}
	}

	private String form(Initiative initiative, InitiativeForm draft, Map<String, String> errors, Model model) {
		// A member just picked from the results comes back with their account only: the register names them.
		draft.getContributors().stream()
			.filter(row -> row.isMember() && !InitiativeForm.blank(row.getUsername())
					&& InitiativeForm.blank(row.getMemberName()))
			.forEach(row -> members.find(row.getUsername().strip()).ifPresent(found -> row.setMemberName(found.fullName())));
		model.addAttribute("initiative", initiative);
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", InitiativeKind.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("attachments", initiative == null ? List.of() : attachments.of(initiative));
		return FORM;
	}
}
