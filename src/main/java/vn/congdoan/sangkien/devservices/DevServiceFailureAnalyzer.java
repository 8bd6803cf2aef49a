package vn.congdoan.sangkien.devservices;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells, without a stack trace, why PostgreSQL or Keycloak did not start and where to look. */
class DevServiceFailureAnalyzer extends AbstractFailureAnalyzer<DevServiceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DevServiceException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the cause above and start again, or point the application to external services "
						+ "(SPRING_DATASOURCE_URL, SANGKIEN_KEYCLOAK_URL; see README.md).",
				cause);
	}
}
