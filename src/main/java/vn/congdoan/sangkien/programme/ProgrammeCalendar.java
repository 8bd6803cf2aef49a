package vn.congdoan.sangkien.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * The programme's calendar as data: the phases, and from them the programme's window of
 * application dates (R-3.1: from the first day a phase qualifies to the last).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCalendar {

	private final ProgrammePhases phases;

	private final Clock clock;

	ProgrammeCalendar(ProgrammePhases phases, Clock clock) {
		this.phases = phases;
		this.clock = clock;
	}

	public List<ProgrammePhase> phases() {
		return phases.findAll().stream().sorted(Comparator.comparing(ProgrammePhase::qualifiesFrom)).toList();
	}

	/**
	 * The phase a page shows when none is asked for: the last one that has begun (its qualifying dates), else the
	 * first. Phase codes are data, never written in the pages.
	 */
	public ProgrammePhase current() {
		LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
		List<ProgrammePhase> all = phases();
		return all.stream().filter(phase -> !phase.qualifiesFrom().isAfter(today)).reduce((first, later) -> later)
			.orElse(all.get(0));
	}

	public Optional<ProgrammePhase> phase(String code) {
		return phases.findByCode(code);
	}

	/** the phase a recognition date qualifies for, if any. */
	public Optional<ProgrammePhase> phaseOfRecognition(LocalDate recognitionDate) {
		return phases().stream().filter(phase -> phase.qualifies(recognitionDate)).findFirst();
	}

	/** the first and last day an initiative may have been put into application. */
	public LocalDate programmeStart() {
		return phases().stream().map(ProgrammePhase::qualifiesFrom).min(Comparator.naturalOrder()).orElseThrow();
	}

	public LocalDate programmeEnd() {
		return phases().stream().map(ProgrammePhase::qualifiesTo).max(Comparator.naturalOrder()).orElseThrow();
	}
}
