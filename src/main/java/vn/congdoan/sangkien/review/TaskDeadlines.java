package vn.congdoan.sangkien.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.workflow.EngineTime;

/**
 * The deadlines of the BPMN's user tasks ({@code ${taskDeadlines.reminderAfter('supportTeamReview')}}), from
 * {@link ReviewSettings}: when a task's group or author is reminded, when it goes to the superior union (or, for the
 * author's tasks, when the initiative is closed as abandoned), and the due date every task shows, which is that
 * moment. The council's due date is the law's: 3 calendar months from the support team's acceptance
 * (Decree 13/2012, Art. 6.2), counted once.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

	/** Process variable: when the council must have decided, in the engine's time. */
	static final String COUNCIL_DECIDES_BY = "councilDecideBy";

	private final ReviewSettings settings;

	private final Clock clock;

	private final EngineTime engineTime;

	TaskDeadlines(ReviewSettings settings, Clock clock, EngineTime engineTime) {
		this.settings = settings;
		this.clock = clock;
		this.engineTime = engineTime;
	}

	public String reminderAfter(String taskId) {
		return settings.of(taskId).reminder();
	}

	public String escalationAfter(String taskId) {
		return settings.of(taskId).escalation();
	}

	/** A task's due date: its escalation (or abandonment) timer's moment, counted from now as the timer counts it. */
	public Date dueAfter(String taskId) {
		return after(Instant.now(), escalationAfter(taskId));
	}

	/**
	 * The support team accepted: the council must decide within its escalation period (3 months) of today, counted
	 * in calendar months in Vietnam's time, and the date stays whatever clarification rounds follow.
	 */
	public void startCouncilClock(DelegateExecution execution) {
		Instant decideBy = clock.instant().atZone(ProgrammeTime.ZONE).plus(amount(escalationAfter("councilRecognition")))
			.toInstant();
		execution.setVariable(COUNCIL_DECIDES_BY, engineTime.engine(decideBy));
	}

	/**
	 * The upload's reminder or escalation ({@code which}), counted from when its phase's upload window opens if that
	 * is later than now: an initiative of phase 1 recognised before the window opened is not overdue before it could
	 * be uploaded.
	 */
	public Date afterWindowOpens(DelegateExecution execution, String which) {
		Instant now = Instant.now();
		Instant start = execution.getVariable("uploadOpensAt") instanceof Date opens && opens.toInstant().isAfter(now)
				? opens.toInstant() : now;
		ReviewSettings.Deadline deadline = settings.of("portalUpload");
		return after(start, "reminder".equals(which) ? deadline.reminder() : deadline.escalation());
	}

	/** As Camunda counts a timer's ISO duration: a period in calendar days of the engine's time zone. */
	private static Date after(Instant start, String iso) {
		return Date.from(start.atZone(ZoneId.systemDefault()).plus(amount(iso)).toInstant());
	}

	private static TemporalAmount amount(String iso) {
		return iso.contains("T") ? Duration.parse(iso) : Period.parse(iso);
	}
}
