package vn.congdoan.sangkien.recognition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;

/**
 * BPMN {@code findRecognitionPhase}: puts in front of the eligibility decision what the calendar data
 * says (R-6: the phase of the recognition date: the programme's window) and what the initiative
 * says (its kind and application date), so that the DMN table holds the rules and the database the dates.
 */
@Component("findRecognitionPhase")
class FindRecognitionPhase implements JavaDelegate {

	private final ProgrammeCalendar calendar;

	private final InitiativeStatusProjection initiatives;

	private final Clock clock;

	FindRecognitionPhase(ProgrammeCalendar calendar, InitiativeStatusProjection initiatives, Clock clock) {
		this.calendar = calendar;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	/** Camunda's timers run on real time; the programme's clock may be set elsewhere (demo, tests). */
	private Date engineTime(Instant programmeTime) {
		return Date.from(programmeTime.plus(Duration.between(clock.instant(), Instant.now())));
	}

	@Override
	public void execute(DelegateExecution execution) {
		Initiative initiative = initiatives.of(execution);
		LocalDate recognised = LocalDate.parse(execution.getVariable("recognitionDate").toString());
		ProgrammePhase phase = calendar.phaseOfRecognition(recognised).orElse(null);
		execution.setVariable("programmeStart", calendar.programmeStart().toString());
		execution.setVariable("programmeEnd", calendar.programmeEnd().toString());
		execution.setVariable("applicationDate", initiative.getApplicationDate().toString());
		execution.setVariable("kind", initiative.getKind().name());
		execution.setVariable("recognitionPhase", phase == null ? null : phase.code());
		execution.setVariable("uploadClosesAt", phase == null ? null : engineTime(phase.uploadClosesAt()));
		for (String confirmation : new String[] { "ipProtected", "researchAccepted", "headConfirmed" }) {
			if (!(execution.getVariable(confirmation) instanceof Boolean)) {
				execution.setVariable(confirmation, false);
			}
		}
	}
}
