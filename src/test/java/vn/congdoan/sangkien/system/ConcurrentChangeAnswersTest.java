package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DisplayName("A request that lost a race to another gets a 409 'reload and try again', never a 500")
class ConcurrentChangeAnswersTest {

	ApiExceptionHandler handler;

	@BeforeEach
	void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		handler = new ApiExceptionHandler(new Problems(messages, null, null));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	static Stream<Exception> races() {
		return Stream.of(new ObjectOptimisticLockingFailureException("Initiative", 7L),
				new OptimisticLockException("row was updated by another transaction"),
				new CannotAcquireLockException("could not serialize access due to concurrent update"),
				new PessimisticLockingFailureException("deadlock detected"),
				new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"),
				new ProcessEngineException("ENGINE-03083 deadlock",
						new RuntimeException(new SQLException("deadlock detected", "40P01"))));
	}

	@ParameterizedTest
	@MethodSource("races")
	@DisplayName("JPA versions, locks, deadlocks, serialization failures and the engine's optimistic lock are a 409")
	void raceIsConflict(Exception race) throws Exception {
		ResponseEntity<ProblemDetail> answer = handler.concurrentChange(race);

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getBody().getProperties()).containsEntry("code", "request.concurrent-change");
		assertThat(answer.getBody().getDetail())
			.isEqualTo("Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
	}

	@Test
	@DisplayName("a refusal the engine wrapped is answered as the refusal it is")
	void wrappedRefusal() throws Exception {
		ResponseEntity<ProblemDetail> answer = handler
			.concurrentChange(new ProcessEngineException("listener failed", ProblemException.notFound("request.not-found")));

		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(answer.getBody().getProperties()).containsEntry("code", "request.not-found");
	}

	@Test
	@DisplayName("any other engine or database failure is not disguised as a race")
	void otherFailureStands() {
		ProcessEngineException broken = new ProcessEngineException("ENGINE-09005 Could not parse BPMN",
				new SQLException("relation does not exist", "42P01"));

		assertThatThrownBy(() -> handler.concurrentChange(broken)).isSameAs(broken);
	}
}
