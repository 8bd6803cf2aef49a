package vn.congdoan.sangkien.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class WrongSettingFailureAnalyzer extends AbstractFailureAnalyzer<WrongSetting> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WrongSetting cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct it in the environment or on the command line (see application.yaml for each setting and its default).",
				cause);
	}
}
