package vn.congdoan.sangkien.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.programme.EmulationClusters;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.Targets;
import vn.congdoan.sangkien.reporting.CollectiveRecognitions;
import vn.congdoan.sangkien.reporting.StartRecognition;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.workflow.TaskInbox;

/**
 * The VGCL Office's page: the programme calendar, the national targets and whether the level-2 targets
 * add up, the emulation clusters and blocs, and the collective recognitions to
 * confirm or already published (R-7.1 - R-7.3).
 */
@Pages
@PreAuthorize("hasRole('programme-office')")
class OfficePages {

	private final ProgrammeCalendar calendar;

	private final Targets targets;

	private final EmulationClusters clusters;

	private final CollectiveRecognitions recognitions;

	private final StartRecognition startRecognition;

	private final TaskInbox inbox;

	private final CurrentUser currentUser;

	private final Problems problems;

	OfficePages(ProgrammeCalendar calendar, Targets targets, EmulationClusters clusters,
			CollectiveRecognitions recognitions, StartRecognition startRecognition, TaskInbox inbox, CurrentUser currentUser,
			Problems problems) {
		this.calendar = calendar;
		this.targets = targets;
		this.clusters = clusters;
		this.recognitions = recognitions;
		this.startRecognition = startRecognition;
		this.inbox = inbox;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	@GetMapping("/office")
	String office(Model model) {
		return office(TargetForm.empty(), model);
	}

	private String office(TargetForm target, Model model) {
		PlatformUser office = currentUser.get();
		model.addAttribute("target", target);
		model.addAttribute("phases", calendar.phases());
		model.addAttribute("targets", calendar.phases().stream()
			.map(phase -> targets.view(PageController.NATIONAL_UNIT, phase.code()))
			.toList());
		model.addAttribute("clusters", clusters.clusters());
		model.addAttribute("toConfirm", inbox.decidable(office, "confirmRecognition"));
		model.addAttribute("published", recognitions.published());
		model.addAttribute("recognitionKinds", List.of("QUARTERLY", "PHASE1_REVIEW", "FINAL_REVIEW"));
		return "office";
	}

	@PostMapping("/office/targets")
	String setTarget(@Valid @ModelAttribute("target") TargetForm target, BindingResult typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (typed.hasErrors()) {
			// Shown back as typed, the problem beside its field (and above, where the page starts).
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return office(target, model);
		}
		try {
			targets.set(currentUser.get(), target.unitCode(), target.period(), target.initiatives());
			redirect.addFlashAttribute("done",
					problems.message("page.office.target-saved", target.initiatives(), target.unitCode(), target.period()));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#targets";
	}

	@PostMapping("/office/recognitions")
	String startRecognition(@RequestParam String kind, @RequestParam String period, RedirectAttributes redirect) {
		try {
			startRecognition.start(currentUser.get(), kind, period.strip());
			redirect.addFlashAttribute("done", problems.message("page.office.started"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#recognitions";
	}
}
