package vn.congdoan.sangkien.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.SignInProvider;
import vn.congdoan.sangkien.identity.SignInProviderKind;
import vn.congdoan.sangkien.identity.SignInProviders;
import vn.congdoan.sangkien.programme.CalendarChanges;
import vn.congdoan.sangkien.programme.EmulationClusters;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.programme.TargetImport;
import vn.congdoan.sangkien.programme.Targets;
import vn.congdoan.sangkien.reporting.CollectiveRecognitions;
import vn.congdoan.sangkien.reporting.MonthlyReports;
import vn.congdoan.sangkien.reporting.StartRecognition;
import vn.congdoan.sangkien.system.FieldMessages;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ImportProgress;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.system.RowsRefused;
import vn.congdoan.sangkien.unit.UnitImport;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.TaskInbox;

/**
 * The VGCL Office's page: the programme calendar, each phase changed there with the latest changes shown, the national targets and whether the level-2 targets
 * add up, the emulation clusters and blocs, and the collective recognitions to
 * confirm or already published (R-7.1 - R-7.3), and the imports of the union tree and of targets from the
 * union's own files, with a progress bar, and the sign-in with Google, Facebook or an OpenID provider.
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

	private final UnitImport unitImport;

	private final TargetImport targetImport;

	private final ImportProgress importProgress;

	private final SignInProviders signInProviders;

	private final Units units;

	private final CalendarChanges calendarChanges;

	private final FieldMessages fieldMessages;

	private final MonthlyReports monthlyReports;

	OfficePages(ProgrammeCalendar calendar, Targets targets, EmulationClusters clusters,
			CollectiveRecognitions recognitions, StartRecognition startRecognition, TaskInbox inbox, CurrentUser currentUser,
			Problems problems, UnitImport unitImport, TargetImport targetImport, ImportProgress importProgress,
			SignInProviders signInProviders, Units units, CalendarChanges calendarChanges, FieldMessages fieldMessages,
			MonthlyReports monthlyReports) {
		this.units = units;
		this.calendarChanges = calendarChanges;
		this.fieldMessages = fieldMessages;
		this.monthlyReports = monthlyReports;
		this.calendar = calendar;
		this.targets = targets;
		this.clusters = clusters;
		this.recognitions = recognitions;
		this.startRecognition = startRecognition;
		this.inbox = inbox;
		this.currentUser = currentUser;
		this.problems = problems;
		this.unitImport = unitImport;
		this.targetImport = targetImport;
		this.importProgress = importProgress;
		this.signInProviders = signInProviders;
	}

	@GetMapping("/office")
	String office(Model model) {
		return office(emptyTarget(), model);
	}

	private TargetForm emptyTarget() {
		return TargetForm.empty(units.national().code(), calendar.current().code());
	}

	private String office(TargetForm target, Model model) {
		return office(target, null, model);
	}

	/** The page, with a phase's form as the Office typed it when its change was refused. */
	private String office(TargetForm target, PhaseForm typedPhase, Model model) {
		PlatformUser office = currentUser.get();
		model.addAttribute("target", target);
		List<ProgrammePhase> phases = calendar.phases();
		String national = units.national().code();
		model.addAttribute("phases", phases);
		model.addAttribute("phaseForms", phases.stream()
			.map(phase -> typedPhase != null && typedPhase.code().equals(phase.code()) ? typedPhase : PhaseForm.of(phase))
			.toList());
		model.addAttribute("calendarChanges", calendarChanges.latest(office));
		model.addAttribute("targets", phases.stream().map(phase -> targets.view(national, phase.code())).toList());
		model.addAttribute("clusters", clusters.clusters());
		model.addAttribute("toConfirm", inbox.decidable(office, "confirmRecognition"));
		model.addAttribute("published", recognitions.published());
		model.addAttribute("recognitionKinds", List.of("QUARTERLY", "PHASE1_REVIEW", "FINAL_REVIEW"));
		model.addAttribute("monthlyReports", monthlyReports.visibleTo(office));
		signInProviders(office, model);
		return "office";
	}

	/** Google and Facebook always have their form; the OpenID providers the Office named follow. */
	private void signInProviders(PlatformUser office, Model model) {
		Map<String, SignInProvider> byAlias = new LinkedHashMap<>();
		try {
			signInProviders.list(office).forEach(provider -> byAlias.put(provider.alias(), provider));
		}
		catch (RestClientException e) {
			// Keycloak away: the rest of the page still serves; the section says it cannot read the providers.
			model.addAttribute("signInUnreadable", true);
		}
		model.addAttribute("signInProviders", byAlias);
		model.addAttribute("namedProviders", List.of(SignInProviderKind.GOOGLE.id(), SignInProviderKind.FACEBOOK.id()));
		model.addAttribute("redirectUris", Map.of(SignInProviderKind.GOOGLE.id(), signInProviders.redirectUri(SignInProviderKind.GOOGLE.id()),
				SignInProviderKind.FACEBOOK.id(), signInProviders.redirectUri(SignInProviderKind.FACEBOOK.id()),
				SignInProviderKind.OPENID_CONNECT.id(), signInProviders.redirectUri("<alias>")));
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

	/** a phase changed as typed; refused, the form comes back as typed with each problem, nothing changed. */
	@PostMapping("/office/phases/{code}")
	String changePhase(@PathVariable String code, PhaseForm phase, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PhaseForm typed = new PhaseForm(code, phase.name(), phase.qualifiesFrom(), phase.qualifiesTo(), phase.uploadOpensAt(),
				phase.uploadClosesAt(), phase.nationalTarget());
		List<FieldProblem> unreadable = new ArrayList<>();
		CalendarChanges.PhaseSettings settings = typed.settings(unreadable);
		if (!unreadable.isEmpty()) {
			return phaseShownBack(typed, ProblemException.invalidFields("programme.phase.invalid", unreadable), model, response);
		}
		try {
			calendarChanges.change(currentUser.get(), code, settings);
		}
		catch (ProblemException refused) {
			return phaseShownBack(typed, refused, model, response);
		}
		redirect.addFlashAttribute("done", problems.message("page.office.phase-saved", settings.name().strip()));
		return "redirect:/office#calendar";
	}

	private String phaseShownBack(PhaseForm typed, ProblemException refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.status().value());
		model.addAttribute("problem", problems.message(refused.code(), refused.arguments()));
		model.addAttribute("phaseProblems", fieldMessages.of(refused.fieldProblems()));
		model.addAttribute("typedPhase", typed.code());
		return office(emptyTarget(), typed, model);
	}

	/** The union tree from the union's own file; a file with a wrong row comes back with every row problem (422). */
	@PostMapping("/office/units/import")
	String importUnits(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String progress, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return imported(() -> {
			UnitImport.Result result = unitImport.importFile(file, progress);
			return problems.message("page.office.import.units-done", result.rows(), result.created(), result.updated(),
					result.unchanged());
		}, model, redirect, response);
	}

	/** Targets from a file, the same way. */
	@PostMapping("/office/targets/import")
	String importTargets(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String progress, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return imported(() -> {
			TargetImport.Result result = targetImport.importFile(currentUser.get(), file, progress);
			return problems.message("page.office.import.targets-done", result.rows(), result.created(), result.updated());
		}, model, redirect, response);
	}

	private String imported(Supplier<String> importFile, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("done", importFile.get());
		}
		catch (RowsRefused refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("problem", problems.message(refused.code(), refused.arguments()));
			model.addAttribute("importProblems", refused.shown().stream().map(problems::describe).toList());
			model.addAttribute("importProblemsNotShown", refused.total() - refused.shown().size());
			return office(emptyTarget(), model);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#import";
	}

	/** How far the import the page started is, for its progress bar (polled by js/import-progress.js). */
	@GetMapping("/office/imports/{id}")
	@ResponseBody
	Map<String, Object> importProgress(@PathVariable String id) {
		ImportProgress.Progress progress = importProgress.of(id);
		return Map.of("step", progress.step(), "done", progress.done(), "total", progress.total(), "text",
				problems.message("page.office.import.step." + progress.step(), progress.done(), progress.total()));
	}

	@GetMapping("/office/units/template.{format}")
	ResponseEntity<byte[]> unitTemplate(@PathVariable String format) {
		return unitImport.template(format).response();
	}

	@GetMapping("/office/targets/template.{format}")
	ResponseEntity<byte[]> targetTemplate(@PathVariable String format) {
		return targetImport.template(format).response();
	}

	/**
	 * Switches a provider on with what the Office entered; a provider that is there and whose client id was cleared
	 * is switched off.
	 */
	@PostMapping("/office/sign-in-providers")
	String switchOnSignInProvider(SignInProviders.Entered entered, @RequestParam(defaultValue = "") String alias,
			RedirectAttributes redirect) {
		PlatformUser office = currentUser.get();
		try {
			boolean cleared = entered.clientId() == null || entered.clientId().isBlank();
			if (cleared && signInProviders.list(office).stream().anyMatch(provider -> provider.alias().equals(alias.strip()))) {
				signInProviders.switchOff(office, alias);
				redirect.addFlashAttribute("done", problems.message("page.office.sign-in.switched-off", alias.strip()));
			}
			else {
				SignInProvider provider = signInProviders.switchOn(office, alias, entered);
				redirect.addFlashAttribute("done", problems.message("page.office.sign-in.switched-on", provider.displayName()));
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#sign-in-providers";
	}

	@PostMapping("/office/sign-in-providers/{alias}/off")
	String switchOffSignInProvider(@PathVariable String alias, RedirectAttributes redirect) {
		try {
			signInProviders.switchOff(currentUser.get(), alias);
			redirect.addFlashAttribute("done", problems.message("page.office.sign-in.switched-off", alias));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#sign-in-providers";
	}

	/** After correcting data: the recognition computed again, the old one kept on record as replaced. */
	@PostMapping("/office/recognitions/{id}/again")
	String recognitionAgain(@PathVariable long id, RedirectAttributes redirect) {
		try {
			startRecognition.again(currentUser.get(), id);
			redirect.addFlashAttribute("done", problems.message("page.office.computed-again"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#recognitions";
	}

	@PostMapping("/office/recognitions")
	String startRecognition(@RequestParam String kind, @RequestParam String period,
			@RequestParam(required = false) Integer individualsPerGroup, RedirectAttributes redirect) {
		try {
			startRecognition.start(currentUser.get(), kind, period.strip(), individualsPerGroup);
			redirect.addFlashAttribute("done", problems.message("page.office.started"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/office#recognitions";
	}
}
