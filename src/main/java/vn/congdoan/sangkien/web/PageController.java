package vn.congdoan.sangkien.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.commendation.CommendationProposals;
import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.initiative.Attachments;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.initiative.InitiativeTitles;
import vn.congdoan.sangkien.initiative.PublishedInitiatives;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;
import vn.congdoan.sangkien.workflow.TaskInbox;

/** The platform's own pages: public progress and leaderboards, and the inbox of a signed-in user. */
@Pages
class PageController {

	static final int PUBLISHED_PER_PAGE = 50;

	static final int INBOX_PER_PAGE = 50;

	private final TaskInbox inbox;

	private final Leaderboards leaderboards;

	private final PublishedInitiatives published;

	private final InitiativeAccess access;

	private final DecisionLog decisionLog;

	private final CurrentUser currentUser;

	private final Attachments attachments;

	private final Clock clock;

	private final CommendationProposals proposals;

	private final Problems problems;

	private final Units units;

	private final InitiativeTitles titles;

	private final Ideas ideas;

	private final ProgrammeCalendar calendar;

	PageController(TaskInbox inbox, Leaderboards leaderboards, PublishedInitiatives published,
			InitiativeAccess access, DecisionLog decisionLog, CurrentUser currentUser,
			Attachments attachments, Clock clock, CommendationProposals proposals, Problems problems, Units units,
			InitiativeTitles titles, Ideas ideas, ProgrammeCalendar calendar) {
		this.units = units;
		this.titles = titles;
		this.ideas = ideas;
		this.calendar = calendar;
		this.attachments = attachments;
		this.clock = clock;
		this.proposals = proposals;
		this.problems = problems;
		this.inbox = inbox;
		this.leaderboards = leaderboards;
		this.published = published;
		this.access = access;
		this.decisionLog = decisionLog;
		this.currentUser = currentUser;
	}

	/**
	 * Each task's title, by task: an idea task names its idea (its business key is the idea's number), every other
	 * task its initiative.
	 */
	private Map<String, String> titlesOf(List<TaskInbox.InboxTask> tasks) {
		Map<Boolean, List<TaskInbox.InboxTask>> ofIdeas = tasks.stream()
			.filter(task -> task.initiativeId() != null && task.initiativeId().matches("\\d{1,18}"))
			.collect(Collectors.partitioningBy(task -> Ideas.STEPS.contains(task.step())));
		Map<Long, String> ideaTitles = ideas.titlesOf(keysOf(ofIdeas.get(true)));
		Map<Long, String> initiativeTitles = titles.of(keysOf(ofIdeas.get(false)));
		Map<String, String> byTask = new java.util.HashMap<>();
		ofIdeas.forEach((idea, ofKind) -> ofKind.forEach(task -> {
			String title = (idea ? ideaTitles : initiativeTitles).get(Long.valueOf(task.initiativeId()));
			if (title != null) {
				byTask.put(task.id(), title);
			}
		}));
		return byTask;
	}

	private static List<Long> keysOf(List<TaskInbox.InboxTask> tasks) {
		return tasks.stream().map(task -> Long.valueOf(task.initiativeId())).toList();
	}

	@GetMapping("/")
	String home(Model model) {
		Leaderboards.Progress progress = leaderboards.progress();
		model.addAttribute("progress", progress);
		String latest = progress.phases().get(progress.phases().size() - 1).phase();
		model.addAttribute("phase", latest);
		model.addAttribute("leaders", leaderboards.level2(latest, null).stream().limit(10).toList());
		return "home";
	}

	@GetMapping("/leaderboards")
	String leaderboards(@RequestParam(required = false) String phase,
			@RequestParam(required = false) String cluster, @RequestParam(required = false) String unit, Model model) {
		if (phase == null || phase.isBlank()) {
			phase = calendar.current().code();
		}
		model.addAttribute("phase", phase);
		model.addAttribute("phases", calendar.phases());
		model.addAttribute("cluster", cluster);
		if (unit != null && !unit.isBlank()) {
			// Within a province's (or a sector's) subtree: its direct sub-units, each a link further down.
			model.addAttribute("unit", leaderboards.unit(unit, phase));
			model.addAttribute("standings", leaderboards.subUnits(unit, phase));
		}
		else {
			model.addAttribute("standings", leaderboards.level2(phase, cluster == null || cluster.isBlank() ? null : cluster));
		}
		return "leaderboards";
	}

	@GetMapping("/initiatives")
	String initiatives(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String phase,
			@RequestParam(defaultValue = "0") int first, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("unit", unit);
		model.addAttribute("phase", phase);
		model.addAttribute("phases", calendar.phases());
		model.addAttribute("units", units.findByLevelOrderByName(UnitLevel.LEVEL2));
		model.addAttribute("searchLimits", published.limits());
		try {
			model.addAttribute("results", published.search(q, kind, unit, phase, first, PUBLISHED_PER_PAGE, request.getRemoteAddr()));
		}
		catch (ProblemException refused) {
			if (refused.status() != HttpStatus.BAD_REQUEST) {
				throw refused;
			}
			// Words the search does not take: told above the form, the words still in it to be changed.
			response.setStatus(refused.status().value());
			model.addAttribute("refused", problems.message(refused.code(), refused.arguments()));
			model.addAttribute("results", PublishedInitiatives.Results.NONE);
		}
		return "initiatives";
	}

	@GetMapping("/initiatives/{id}")
	String initiative(@PathVariable long id, Model model) {
		PlatformUser user = currentUser.get();
		Initiative initiative = access.visibleTo(user, id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("editable", initiative.isEditableBy(user.username()));
		model.addAttribute("withdrawable", initiative.isWithdrawableBy(user.username()));
		model.addAttribute("proposable", proposals.proposable(user, initiative));
		model.addAttribute("attachments", attachments.of(initiative));
		model.addAttribute("timeline", decisionLog.timelineOf(id));
		return "initiative";
	}

	/** the grassroots union officer proposes a published initiative for commendation. */
	@PostMapping("/initiatives/{id}/commendation")
	@PreAuthorize("hasRole('union-officer')")
	String proposeCommendation(@PathVariable long id, @Valid Proposal proposal, BindingResult typed,
			RedirectAttributes redirect) {
		if (typed.hasErrors()) {
			throw ProblemException.badRequest("page.commendation.reason-too-long");
		}
		proposals.propose(currentUser.get(), id, proposal.reason());
		redirect.addFlashAttribute("done", problems.message("page.commendation.proposed"));
		return "redirect:/initiatives/" + id;
	}

	/** Why the officer proposes, if they say: blank is no reason; as long as the API takes. */
	record Proposal(@Size(max = 2000) String reason) {

		Proposal {
			reason = reason == null || reason.isBlank() ? null : reason.strip();
		}
	}

	@GetMapping("/initiatives/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return attachments.download(currentUser.get(), id, attachmentId).asDownload();
	}

	/**
	 * A page of the inbox, oldest first; the header counts every task of the user's, on every page (one grouped query).
	 * A page of {@link #INBOX_PER_PAGE}, as the API's: a team of 5,000 tasks works through them oldest first, and a page
	 * of 200 rendered and looked up four times the rows for no one to read (docs/benchmarks/README.md, "Pages").
	 */
	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "0") int first, Model model) {
		PlatformUser user = currentUser.get();
		int from = Math.max(first, 0);
		List<TaskInbox.InboxTask> tasks = inbox.of(user, from, INBOX_PER_PAGE);
		Instant now = clock.instant();
		List<TaskInbox.StepCount> steps = inbox.countsOf(user, now);
		long total = steps.stream().mapToLong(TaskInbox.StepCount::count).sum();
		model.addAttribute("tasks", tasks);
		model.addAttribute("titles", titlesOf(tasks));
		model.addAttribute("now", now);
		model.addAttribute("counts", steps.stream()
			.collect(Collectors.toMap(TaskInbox.StepCount::name, TaskInbox.StepCount::count, Long::sum, LinkedHashMap::new)));
		model.addAttribute("overdue", steps.stream().mapToLong(TaskInbox.StepCount::overdue).sum());
		model.addAttribute("first", from + 1);
		model.addAttribute("last", from + tasks.size());
		model.addAttribute("total", total);
		model.addAttribute("previous", from > 0 ? Math.max(from - INBOX_PER_PAGE, 0) : null);
		model.addAttribute("next", from + tasks.size() < total ? from + INBOX_PER_PAGE : null);
		return "inbox";
	}
}
