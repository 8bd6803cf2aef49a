package vn.congdoan.sangkien.reporting;

import java.util.Arrays;
import java.util.Optional;

import vn.congdoan.sangkien.system.ProblemException;

/** The collective recognitions of the programme. */
public enum RecognitionKind {

	/** each quarter, per emulation cluster and bloc; the period is the quarter ({@code 2022-Q3}). */
	QUARTERLY,

	/** once phase 1's upload window has closed; the period is phase 1's code. */
	PHASE1_REVIEW,

	/** the outstanding individuals, once the last window has closed; the period is {@code FINAL}. */
	FINAL_REVIEW;

	static Optional<RecognitionKind> find(String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}

	/** The kind a client names, or a 400 with the kinds there are. */
	static RecognitionKind named(String name) {
		return find(name).orElseThrow(() -> ProblemException.badRequest("recognition.kind.invalid", name));
	}
}
