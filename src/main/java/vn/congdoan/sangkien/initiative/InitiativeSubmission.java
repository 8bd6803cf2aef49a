package vn.congdoan.sangkien.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.system.CommitCounter;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.Paging;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * An author writes an initiative as a draft, edits it, deletes it, submits it and may withdraw it
 * until it is recognised. Submission stores the initiative and starts its process in one transaction:
 * never an initiative without its process, nor a process without its initiative.
 */
@Service
public class InitiativeSubmission {

	static final String PROCESS = "initiativeLifecycle";

	static final String WITHDRAWN_MESSAGE = "initiativeWithdrawn";

	/** The most initiatives one page of the author's list shows (page and API). */
	public static final int MAX_PAGE_SIZE = 100;

	private final Initiatives initiatives;

	private final InitiativeAccess access;

	private final Units units;

	private final ProgrammeCalendar calendar;

	private final RuntimeService runtime;

	private final DecisionLog decisionLog;

	private final ContributorPersons persons;

	private final Clock clock;

	private final int maxDrafts;

	/** The submissions per hour of the operators' dashboard. */
	private final CommitCounter submissions;

	InitiativeSubmission(Initiatives initiatives, InitiativeAccess access, Units units, ProgrammeCalendar calendar,
			RuntimeService runtime, DecisionLog decisionLog, ContributorPersons persons, Clock clock,
			InitiativeSettings settings, MeterRegistry registry) {
		this.submissions = new CommitCounter(registry, "sangkien.initiatives.submitted", "Initiatives submitted");
		this.maxDrafts = settings.authorQuotas().drafts();
		this.initiatives = initiatives;
		this.access = access;
		this.units = units;
		this.calendar = calendar;
		this.runtime = runtime;
		this.decisionLog = decisionLog;
		this.persons = persons;
		this.clock = clock;
	}

	@Transactional
	public Initiative createDraft(PlatformUser author, InitiativeContent content) {
		initiatives.lockAuthor(author.username());
		if (initiatives.countDraftsOf(author.username()) >= maxDrafts) {
			throw ProblemException.conflict("initiative.drafts.quota", maxDrafts);
		}
		Initiative initiative = new Initiative(unitOf(author, content.unitCode()), author.username(), clock.instant());
		initiative.edit(content.withContributors(persons.resolve(content.contributorsOrNone())), clock.instant());
		return initiatives.save(initiative);
	}

	/** The initiative, if this author may still change it: a draft, or while the support team or council waits for them. */
	@Transactional(readOnly = true)
	public Initiative editableBy(PlatformUser author, long id) {
		Initiative initiative = access.ownedBy(author, id);
		initiative.checkEditable();
		return initiative;
	}

	@Transactional
	public Initiative edit(PlatformUser author, long id, InitiativeContent content) {
		Initiative initiative = editableBy(author, id);
		if (content.unitCode() != null && !content.unitCode().equals(initiative.getUnitCode())) {
			throw ProblemException.badRequest("initiative.unit.fixed");
		}
		String before = contributorsOf(initiative);
		initiative.edit(content.withContributors(persons.resolve(content.contributorsOrNone())), clock.instant());
		String after = contributorsOf(initiative);
		if (initiative.getStatus() != InitiativeStatus.DRAFT && !before.equals(after)) {
			// Quota-driven programmes see names added as co-authors (docs/rules.md#co-author-padding): every change is kept.
			decisionLog.record(id, "contributors", "changed", before + " → " + after, initiative.getUnitCode());
		}
		return initiative;
	}

	private static String contributorsOf(Initiative initiative) {
		return initiative.getContributors().stream()
			.map(c -> c.getFullName() + " " + c.getSharePercent().stripTrailingZeros().toPlainString() + "%"
					+ (c.isLeader() ? " (chủ nhiệm)" : ""))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	@Transactional
	public void deleteDraft(PlatformUser author, long id) {
		Initiative initiative = access.ownedBy(author, id);
		initiative.checkDeletable();
		initiatives.delete(initiative);
	}

	@Transactional
	public Initiative submit(PlatformUser author, long id) {
		Initiative initiative = access.ownedBy(author, id);
		checkProgrammeOpen();
		initiative.submit(clock.instant());
		checkRules(initiative);
		var process = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(initiative.getId()),
				Map.of("initiativeId", initiative.getId(), "unitCode", initiative.getUnitCode(), "author",
						author.username()));
		initiative.processStarted(process.getId());
		decisionLog.record(initiative.getId(), "submit", "submitted", null, initiative.getUnitCode());
		submissions.count();
		return initiative;
	}

	/**
	 * The author hands back a revised initiative ({@code ${initiativeSubmission.revised(task)}} on the
	 * author's tasks): it must satisfy the rules again before the support team or council sees it.
	 */
	@Transactional
	public void revised(DelegateTask task) {
		checkRules(initiatives.findById(DecisionLog.initiativeIdOf(task.getVariable("initiativeId"))).orElseThrow());
	}

	@Transactional
	public Initiative withdraw(PlatformUser author, long id, String reason) {
		Initiative initiative = access.ownedBy(author, id);
		// Refused here before the engine is asked; the process's markWithdrawn then makes the transition.
		initiative.checkWithdrawable();
		try {
			runtime.createMessageCorrelation(WITHDRAWN_MESSAGE)
				.processInstanceBusinessKey(String.valueOf(id))
				.setVariable("withdrawReason", reason)
				.correlate();
		}
		catch (MismatchingMessageCorrelationException e) {
			throw ProblemException.conflict("initiative.withdraw.not-allowed", initiative.getStatus());
		}
		return initiative;
	}

	/**
	 * A page of what the user authored or co-authored, newest first, with how many there are in all
	 * (counted by the same two index lookups: cheap even for an author of thousands).
	 */
	@Transactional(readOnly = true)
	public Page<Initiative> mine(PlatformUser author, int page, int size) {
		Pageable request = Paging.clamped(page, size, MAX_PAGE_SIZE);
		List<Long> ids = initiatives.idsAuthoredOrCoAuthoredBy(author.username(), request.getOffset(), request.getPageSize());
		Map<Long, Initiative> loaded = initiatives.findByIdIn(ids).stream()
			.collect(Collectors.toMap(Initiative::getId, Function.identity()));
		return new PageImpl<>(ids.stream().map(loaded::get).toList(), request,
				initiatives.countAuthoredOrCoAuthoredBy(author.username()));
	}

	/** Whether anyone has written an initiative yet, a draft or more (the demo data is written only into an empty platform). */
	@Transactional(readOnly = true)
	public boolean anyWritten() {
		return initiatives.count() > 0;
	}

	/** Submissions close with the programme: once the last upload window has closed, nothing more could be counted. */
	private void checkProgrammeOpen() {
		Instant closes = calendar.phases().get(calendar.phases().size() - 1).uploadClosesAt();
		if (!clock.instant().isBefore(closes)) {
			throw ProblemException.conflict("initiative.programme-ended", ProgrammeTime.endOf(closes));
		}
	}

	private void checkRules(Initiative initiative) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = InitiativeRules.problemsForSubmission(initiative, today, calendar.programmeStart(),
				calendar.programmeEnd());
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields("initiative.not-ready", problems);
		}
		initiative.credit(InitiativeRules.credited(initiative.getContributors()).orElseThrow());
	}

	/**
	 * Initiatives belong to a grassroots union the author is a member of: a unit where they hold
	 * {@code author}, not one where they only hold another role.
	 */
	private String unitOf(PlatformUser author, String requested) {
		String unitCode = requested;
		Set<String> memberOf = author.unitsWhere(Role.AUTHOR);
		if (memberOf.isEmpty()) {
			throw ProblemException.forbidden("initiative.unit.none");
		}
		if (unitCode == null) {
			if (memberOf.size() != 1) {
				throw ProblemException.badRequest("initiative.unit.required");
			}
			unitCode = memberOf.iterator().next();
		}
		if (!memberOf.contains(unitCode)) {
			throw ProblemException.forbidden("initiative.unit.not-member", unitCode);
		}
		String code = unitCode;
		var unit = units.findByCode(code).orElseThrow(() -> ProblemException.badRequest("initiative.unit.unknown", code));
		if (unit.level() != UnitLevel.GRASSROOTS) {
			throw ProblemException.badRequest("initiative.unit.not-grassroots", code);
		}
		return code;
	}
}
