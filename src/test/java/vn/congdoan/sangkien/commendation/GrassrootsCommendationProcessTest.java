package vn.congdoan.sangkien.commendation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdoan.sangkien.review.TaskDeadlines;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;

@Deployment(resources = { "bpmn/grassroots-commendation.bpmn", "forms/co-sign-commendation.form" })
@DisplayName("grassroots-commendation.bpmn: the head of the unit co-signs the round, or refuses it (R-7.5)")
class GrassrootsCommendationProcessTest {

	static final String HEAD = "head-of-unit:CDCS-01-0001";

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	GrassrootsRounds rounds = mock(GrassrootsRounds.class);

	TaskDeadlines deadlines = mock(TaskDeadlines.class);

	@BeforeEach
	void standInForTheSpringBeans() {
		Mocks.register("grassrootsRounds", rounds);
		when(deadlines.reminderAfter("coSignCommendation")).thenReturn("P7D");
		when(deadlines.dueAfter("coSignCommendation")).thenAnswer(call -> Date.from(Instant.now().plus(14, ChronoUnit.DAYS)));
		Mocks.register("taskDeadlines", deadlines);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	@DisplayName("the head of the unit agrees: the awards are recorded on the round's initiatives")
	void agreed() {
		ProcessInstance round = open();

		complete(task(), withVariables("coSignDecision", "agree"));

		assertThat(round).hasPassed("coSignCommendation", "recordRoundAwards", "roundGranted")
			.hasNotPassed("recordRoundRefusal")
			.isEnded();
		verify(rounds).coSigned(any(DelegateTask.class));
		verify(rounds).grant(any());
		verify(rounds, never()).refuse(any());
	}

	@Test
	@DisplayName("the head of the unit refuses with a reason: no award, the round is refused")
	void refused() {
		ProcessInstance round = open();

		complete(task(), withVariables("coSignDecision", "refuse", "coSignReason", "Chưa đủ hồ sơ"));

		assertThat(round).hasPassed("recordRoundRefusal", "roundRefused").hasNotPassed("recordRoundAwards").isEnded();
		verify(rounds, never()).grant(any());
	}

	@Test
	@DisplayName("a refusal the co-signature's check turns down (no reason) leaves the task with the head")
	void refusalTurnedDown() {
		ProcessInstance round = open();
		doThrow(ProblemException.invalidFields("task.form.invalid",
				List.of(new FieldProblem("coSignReason", "commendation.round.reason.required"))))
			.when(rounds).coSigned(any(DelegateTask.class));

		Throwable refused = Assertions.catchThrowable(() -> complete(task(), withVariables("coSignDecision", "refuse")));

		Assertions.assertThat(ProblemException.causeOf(refused)).isPresent();
		assertThat(round).isWaitingAt("coSignCommendation");
		verify(rounds, never()).refuse(any());
	}

	@Test
	@DisplayName("left too long, the head is reminded; the task shows a due date and stays with them")
	void reminded() {
		ProcessInstance round = open();
		Assertions.assertThat(task().getDueDate()).isNotNull();

		execute(job("coSignReminder"));

		verify(rounds).remind(any());
		assertThat(round).isWaitingAt("coSignCommendation");
		assertThat(task()).hasCandidateGroup(HEAD);
	}

	private static ProcessInstance open() {
		ProcessInstance round = runtimeService().startProcessInstanceByKey("grassrootsCommendation", "round-5",
				Map.of("roundId", 5L, "unitCode", "CDCS-01-0001", "roundName", "Khen thưởng tháng 10/2022", "headGroup", HEAD));
		assertThat(round).isStarted().isWaitingAt("coSignCommendation");
		assertThat(task()).hasCandidateGroup(HEAD);
		return round;
	}
}
