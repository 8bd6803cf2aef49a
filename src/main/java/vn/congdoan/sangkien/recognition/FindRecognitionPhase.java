package vn.congdoan.sangkien.recognition;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.workflow.EngineTime;

/**
 * BPMN {@code findRecognitionPhase}: puts in front of the eligibility decision what the calendar data
 * says (R-6: the phase of the recognition date: the programme's window) and what the initiative
 * says (its kind and application date), so that the DMN table holds the rules and the database the dates.
 */
@Component("findRecognitionPhase")
class FindRecognitionPhase implements JavaDelegate {

	private final ProgrammeCalendar calendar;

	private final InitiativeStatusProjection initiatives;

	private final EngineTime engineTime;

	FindRecognitionPhase(ProgrammeCalendar calendar, InitiativeStatusProjection initiatives, EngineTime engineTime) {
		this.calendar = calendar;
		this.initiatives = initiatives;
		this.engineTime = engineTime;
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
		execution.setVariable("uploadOpensAt", phase == null ? null : engineTime.engine(phase.uploadOpensAt()));
		execution.setVariable("uploadClosesAt", phase == null ? null : engineTime.engine(phase.uploadClosesAt()));
		for (String confirmation : new String[] { "ipProtected", "researchAccepted", "headConfirmed" }) {
			if (!(execution.getVariable(confirmation) instanceof Boolean)) {
				execution.setVariable(confirmation, false);
			}
		}
	}
}
