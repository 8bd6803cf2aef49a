package vn.congdoan.sangkien.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.Quarter;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Units;

/**
 * Starts a collective recognition: the VGCL Office by hand, or the programme's calendar
 * ({@link RecognitionSchedule}); {@code collective-recognition.bpmn} takes it from there.
 */
@Service
public class StartRecognition {

	static final String PROCESS = "collectiveRecognition";

	/** The key of the PostgreSQL advisory lock that starts of collective recognitions take, one after another. */
	static final long STARTS_LOCK = "collective_recognition".hashCode();

	/** the most individuals of one target group a final review may propose. */
	static final int MAX_INDIVIDUALS_PER_GROUP = 100;

	private final CollectiveRecognitionRepository recognitions;

	private final RuntimeService runtime;

	private final ProgrammeCalendar calendar;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final Units units;

	StartRecognition(CollectiveRecognitionRepository recognitions, RuntimeService runtime, ProgrammeCalendar calendar,
			Clock clock, JdbcTemplate jdbc, Units units) {
		this.units = units;
		this.recognitions = recognitions;
		this.runtime = runtime;
		this.calendar = calendar;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * The Office starts one; {@code kind} as the client names it, and for the final review how many individuals of
	 * each target group it proposes (R-7.3; null for the setting's default). Answers the recognition's id.
	 */
	@Transactional
	public long start(PlatformUser office, String kind, String period, Integer individualsPerGroup) {
		if (!office.hasRole(Role.PROGRAMME_OFFICE)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
		RecognitionKind named = RecognitionKind.named(kind);
		String checked = checkedPeriod(named, period);
		if (named == RecognitionKind.QUARTERLY
				&& !Quarter.parse(checked).orElseThrow().lastDay().isBefore(LocalDate.now(clock.withZone(ProgrammeTime.ZONE)))) {
			throw ProblemException.badRequest("recognition.quarter.not-ended", checked);
		}
		if (individualsPerGroup != null && (named != RecognitionKind.FINAL_REVIEW || individualsPerGroup < 1
				|| individualsPerGroup > MAX_INDIVIDUALS_PER_GROUP)) {
			throw ProblemException.badRequest("recognition.individuals.invalid", MAX_INDIVIDUALS_PER_GROUP);
		}
		if (!firstToStart(named, checked)) {
			throw ProblemException.conflict("recognition.already-started", named, checked);
		}
		return begin(named, checked, individualsPerGroup);
	}

	/**
	 * The Office computes a recognition again after correcting data: the new computation becomes current and the
	 * old one stays on record as replaced, published or not. One still waiting for the Office's confirmation has
	 * its process ended, so that nobody confirms a result that no longer stands.
	 */
	@Transactional
	public long again(PlatformUser office, long id) {
		if (!office.hasRole(Role.PROGRAMME_OFFICE)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
		jdbc.execute("select pg_advisory_xact_lock(" + STARTS_LOCK + ")");
		CollectiveRecognition old = recognitions.findById(id)
			.orElseThrow(() -> ProblemException.notFound("recognition.not-found", id));
		if (old.getStatus() == CollectiveRecognition.Status.REPLACED) {
			throw ProblemException.conflict("recognition.already-replaced", id, old.getReplacedBy());
		}
		if (old.getStatus() == CollectiveRecognition.Status.AWAITING_CONFIRMATION && old.processInstanceId() != null
				&& runtime.createProcessInstanceQuery().processInstanceId(old.processInstanceId()).count() > 0) {
			runtime.deleteProcessInstance(old.processInstanceId(), "computed again");
		}
		old.replaced(clock.instant());
		recognitions.saveAndFlush(old);
		long replacement = begin(old.getKind(), old.getPeriod(), old.getIndividualsPerGroup());
		old.replacedBy(replacement);
		return replacement;
	}

	/** Started by the calendar: once per kind and period, whatever the number of nodes that try. */
	@Transactional
	public boolean startIfAbsent(RecognitionKind kind, String period) {
		String checked = checkedPeriod(kind, period);
		if (!firstToStart(kind, checked)) {
			return false;
		}
		begin(kind, checked, null);
		return true;
	}

	/**
	 * Two nodes starting at the same moment both run the calendar's schedule (at start-up, each night): the
	 * starts wait for each other on a lock held until the end of the transaction, so the second sees the
	 * first's committed recognition and leaves it, rather than failing on the unique key of (kind, period)
	 * after waiting for the first's insert (which failed the start-up of the second node).
	 */
	private boolean firstToStart(RecognitionKind kind, String period) {
		jdbc.execute("select pg_advisory_xact_lock(" + STARTS_LOCK + ")");
		return !recognitions.existsByKindAndPeriodAndStatusNot(kind, period, CollectiveRecognition.Status.REPLACED);
	}

	private long begin(RecognitionKind kind, String period, Integer individualsPerGroup) {
		CollectiveRecognition recognition = recognitions.saveAndFlush(
				new CollectiveRecognition(kind, period, individualsPerGroup, clock.instant()));
		long id = recognition.getId();
		recognition.runsIn(runtime.startProcessInstanceByKey(PROCESS, kind + ":" + period, Map.of("recognitionId", id,
				"kind", kind.name(), "period", period, "nationalUnit", units.national().code())).getId());
		return id;
	}

	private String checkedPeriod(RecognitionKind kind, String period) {
		return switch (kind) {
			case QUARTERLY -> {
				Quarter quarter = Quarter.parse(period == null ? "" : period)
					.orElseThrow(() -> ProblemException.badRequest("target.period.invalid", period));
				if (quarter.lastDay().isBefore(calendar.programmeStart()) || quarter.firstDay().isAfter(calendar.programmeEnd())) {
					throw ProblemException.badRequest("target.period.outside-programme", period);
				}
				yield quarter.toString();
			}
			case PHASE1_REVIEW -> calendar.phases().get(0).code();
			case FINAL_REVIEW -> "FINAL";
		};
	}
}
