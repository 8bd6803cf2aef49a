package vn.congdoan.sangkien.portal;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatusProjection;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * an upload is accepted only inside the window of the initiative's phase; outside it
 * the upload is refused with the window in the message and the task stays open.
 */
@Component("portalUploadWindow")
public class PortalUploadWindow {

	private final InitiativeStatusProjection initiatives;

	private final ProgrammeCalendar calendar;

	private final Clock clock;

	PortalUploadWindow(InitiativeStatusProjection initiatives, ProgrammeCalendar calendar, Clock clock) {
		this.initiatives = initiatives;
		this.calendar = calendar;
		this.clock = clock;
	}

	public void check(DelegateTask task) {
		Initiative initiative = initiatives.of(task);
		ProgrammePhase phase = calendar.phase(initiative.getPhaseCode()).orElseThrow();
		if (!phase.uploadOpenAt(clock.instant())) {
			throw ProblemException.conflict("portal.upload.outside-window", phase.name(),
					ProgrammeTime.moment(phase.uploadOpensAt()), ProgrammeTime.endOf(phase.uploadClosesAt()));
		}
	}
}
