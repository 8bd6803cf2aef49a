package vn.congdoan.sangkien.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's calendar as data: the phases, and from them the programme's window of
 * application dates (R-3.1: from the first day a phase qualifies to the last).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCalendar {

	private final ProgrammePhases phases;

	ProgrammeCalendar(ProgrammePhases phases) {
		this.phases = phases;
	}

	public List<ProgrammePhase> phases() {
		return phases.findAll().stream().sorted(Comparator.comparing(ProgrammePhase::qualifiesFrom)).toList();
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
