package vn.congdoan.sangkien.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Camunda's timers and task dates run on real time; the programme's clock may be set elsewhere (the demo and the
 * tests walk through 2022 today, {@code sangkien.clock.now}). A moment of the programme becomes the engine's moment
 * for a timer or a due date, and the engine's dates are shown as the programme's, so that a task's dates follow
 * the programme's clock. In production both clocks are one, and nothing shifts.
 */
@Component
public class EngineTime {

	private final Clock programme;

	public EngineTime(Clock programme) {
		this.programme = programme;
	}

	/** A moment of the programme as the engine's timers count it. */
	public Date engine(Instant programmeTime) {
		return Date.from(programmeTime.plus(offset()));
	}

	/** A date the engine wrote, as a moment of the programme. */
	public Instant programme(Date engineTime) {
		return engineTime == null ? null : engineTime.toInstant().minus(offset());
	}

	private Duration offset() {
		return Duration.between(programme.instant(), Instant.now());
	}
}
