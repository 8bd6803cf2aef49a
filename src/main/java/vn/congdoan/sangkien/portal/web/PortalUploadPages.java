package vn.congdoan.sangkien.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.portal.PortalUploads;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.workflow.TaskInbox;

/** The union officer's list of recognised initiatives waiting for the portal, uploaded many at once. */
@Pages
@PreAuthorize("hasRole('union-officer')")
class PortalUploadPages {

	private final TaskInbox inbox;

	private final InitiativeAccess access;

	private final PortalUploads uploads;

	private final CurrentUser currentUser;

	PortalUploadPages(TaskInbox inbox, InitiativeAccess access, PortalUploads uploads, CurrentUser currentUser) {
		this.inbox = inbox;
		this.access = access;
		this.uploads = uploads;
		this.currentUser = currentUser;
	}

	@GetMapping("/portal-uploads")
	String waiting(Model model) {
		model.addAttribute("chosen", new Chosen(List.of()));
		model.addAttribute("waiting", waitingFor(currentUser.get()));
		return "portal/portal-uploads";
	}

	@PostMapping("/portal-uploads")
	String upload(@Valid @ModelAttribute("chosen") Chosen chosen, BindingResult typed,
			@RequestParam MultiValueMap<String, String> posted, Model model) {
		PlatformUser officer = currentUser.get();
		if (!typed.hasErrors()) {
			List<PortalUploads.Result> results = uploads.uploadAll(officer, chosen.taskId().stream()
				.map(taskId -> new PortalUploads.Upload(taskId, posted.getFirst("reference-" + taskId)))
				.toList());
			long uploaded = results.stream().filter(result -> result.status() == 204).count();
			model.addAttribute("results", results);
			model.addAttribute("uploaded", uploaded);
			model.addAttribute("failed", results.size() - uploaded);
		}
		model.addAttribute("waiting", waitingFor(officer));
		return "portal/portal-uploads";
	}

	private List<Waiting> waitingFor(PlatformUser officer) {
		List<TaskInbox.InboxTask> tasks = inbox.decidable(officer, "portalUpload");
		Map<Long, Initiative> initiatives = access.visibleAmong(officer,
				tasks.stream().map(task -> Long.valueOf(task.initiativeId())).toList());
		return tasks.stream()
			.filter(task -> initiatives.containsKey(Long.valueOf(task.initiativeId())))
			.map(task -> {
				Initiative initiative = initiatives.get(Long.valueOf(task.initiativeId()));
				return new Waiting(task, initiative.getTitle(), initiative.getRecognitionDate());
			})
			.toList();
	}

	/** The upload tasks the officer ticked; each one's portal reference is posted beside it as {@code reference-<taskId>}. */
	record Chosen(@NotEmpty(message = "{page.uploads.nothing-chosen}") List<String> taskId) {
	}

	/** A recognised initiative waiting for the portal, with its upload task. */
	record Waiting(TaskInbox.InboxTask task, String title, LocalDate recognitionDate) {
	}
}
