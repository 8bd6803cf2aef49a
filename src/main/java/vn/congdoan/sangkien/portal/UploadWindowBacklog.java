package vn.congdoan.sangkien.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.system.RefreshedGauges;
import vn.congdoan.sangkien.system.TaggedGauges;
import vn.congdoan.sangkien.workflow.WaitingTasks;

/**
 * per phase, the recognised initiatives still waiting for their portal upload and the time left until the
 * phase's upload window closes (negative once it has), for the alert "a window closing with many waiting". The
 * waiting ones are counted as the officers' warning counts them (notification.UploadWindowWarning): the
 * {@code portalUpload} tasks of the phase by union officers' group, one grouped query per phase.
 */
@Component
class UploadWindowBacklog implements RefreshedGauges {

	private final ProgrammeCalendar calendar;

	private final WaitingTasks waitingTasks;

	private final Clock clock;

	private final TaggedGauges waiting;

	private final TaggedGauges closesIn;

	UploadWindowBacklog(ProgrammeCalendar calendar, WaitingTasks waitingTasks, Clock clock, MeterRegistry registry) {
		this.calendar = calendar;
		this.waitingTasks = waitingTasks;
		this.clock = clock;
		this.waiting = new TaggedGauges(registry, "sangkien.upload.window.waiting", "phase",
				"Recognised initiatives of a phase waiting for their portal upload", null);
		this.closesIn = new TaggedGauges(registry, "sangkien.upload.window.closes.in", "phase",
				"Time until the phase's upload window closes (negative once closed)", "seconds");
	}

	@Override
	public void refresh() {
		Instant now = clock.instant();
		Map<String, Long> waitingByPhase = new HashMap<>();
		Map<String, Long> closesInByPhase = new HashMap<>();
		for (ProgrammePhase phase : calendar.phases()) {
			waitingByPhase.put(phase.code(), waitingTasks.byGroup("portalUpload", "union-officer:", "recognitionPhase",
					phase.code()).values().stream().mapToLong(Integer::longValue).sum());
			closesInByPhase.put(phase.code(), Duration.between(now, phase.uploadClosesAt()).toSeconds());
		}
		waiting.set(waitingByPhase);
		closesIn.set(closesInByPhase);
	}
}
