package vn.congdoan.sangkien.commendation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.initiative.DecisionLog;
import vn.congdoan.sangkien.review.TaskDeadlines;
import vn.congdoan.sangkien.system.ProblemException;

@Deployment(resources = { "bpmn/commendation.bpmn", "bpmn/commendation-authority.dmn", "forms/commendation-decision.form" })
@DisplayName("commendation.bpmn: granted, forwarded or declined at each level (R-7.6)")
class CommendationProcessTest {

	/** The union tree from the Hà Nội demo grassroots union up to VGCL, with each unit's level and approvers. */
	static final List<String> CHAIN = List.of("CDCS-01-0001", "CTTT-01-005", "LDLD-01", "TLD");

	static final List<String> GROUPS = List.of("union-officer:CDCS-01-0001", "commendation-approver:CTTT-01-005",
			"commendation-approver:LDLD-01", "commendation-approver:TLD");

	static final List<String> LEVELS = List.of("GRASSROOTS", "DIRECT_SUPERIOR", "LEVEL2", "NATIONAL");

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	DecisionLog decisionLog = mock(DecisionLog.class);

	JavaDelegate recordAward = mock(JavaDelegate.class);

	JavaDelegate recordDecline = mock(JavaDelegate.class);

	TaskDeadlines deadlines = mock(TaskDeadlines.class);

	JavaDelegate remindCommendationLevel = mock(JavaDelegate.class);

	CommendationDecisions collectiveDecisions = mock(CommendationDecisions.class);

	@BeforeEach
	void standInForTheSpringBeans() {
		// The real check of each level's decision, on the real authority table (commendation-authority.dmn).
		Mocks.register("commendationLevels", new CommendationLevels(decisionService(),
				new CommendationTimeline(decisionLog, collectiveDecisions, mock(CurrentUser.class), Clock.systemUTC())));
		Mocks.register("recordAward", recordAward);
		Mocks.register("recordDecline", recordDecline);
		when(deadlines.reminderAfter("levelDecision")).thenReturn("P14D");
		when(deadlines.dueAfter("levelDecision")).thenAnswer(call -> Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
		Mocks.register("taskDeadlines", deadlines);
		Mocks.register("remindCommendationLevel", remindCommendationLevel);
		Mocks.register("routeCommendation", (JavaDelegate) execution -> {
			int level = ((Number) execution.getVariable("level")).intValue();
			execution.setVariable("levelUnit", CHAIN.get(level));
			execution.setVariable("levelName", LEVELS.get(level));
			execution.setVariable("approverGroup", GROUPS.get(level));
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@ParameterizedTest(name = "granted at level {0}: {1}")
	@CsvSource({ "0, GIAY_KHEN", "1, GIAY_KHEN", "2, BANG_KHEN_CAP_TINH", "3, BANG_KHEN_TLD" })
	@DisplayName("forwarded up to a level, which grants an award within its authority (R-7.4, R-7.5, R-7.6)")
	void grantedAtLevel(int level, String award) throws Exception {
		ProcessInstance proposal = propose();
		forwardUpTo(level);

		complete(task(), withVariables("commendationDecision", "grant", "award", award));

		assertThat(proposal).hasPassed("recordAward", "commendationGranted").isEnded();
		verify(recordAward).execute(any());
		verifyNoInteractions(recordDecline);
		verify(decisionLog, times(level + 1)).record(eq(42L), anyString(), anyString(), any(), anyString());
		verify(decisionLog).record(42L, "commendation:" + LEVELS.get(level), "grant", award, CHAIN.get(level));
	}

	@Test
	@DisplayName("VGCL may not grant a certificate of commendation: the authority table refuses, the task stays (R-7.4)")
	void grantBeyondAuthority() throws Exception {
		ProcessInstance proposal = propose();
		forwardUpTo(3);

		Throwable refused = Assertions.catchThrowable(
				() -> complete(task(), withVariables("commendationDecision", "grant", "award", "GIAY_KHEN")));

		Assertions.assertThat(ProblemException.causeOf(refused)).map(problem -> problem.fieldProblems().get(0).code())
			.contains("commendation.award.beyond-authority");

		assertThat(proposal).isWaitingAt("levelDecision");
		verifyNoInteractions(recordAward);
		verify(decisionLog, never()).record(anyLong(), eq("commendation:NATIONAL"), anyString(), any(), anyString());
	}

	@ParameterizedTest(name = "declined at level {0}")
	@ValueSource(ints = { 0, 1, 2, 3 })
	@DisplayName("forwarded up to a level, which declines it with a reason (R-7.6)")
	void declinedAtLevel(int level) throws Exception {
		ProcessInstance proposal = propose();
		forwardUpTo(level);

		complete(task(), withVariables("commendationDecision", "decline", "commendationReason", "Chưa tiêu biểu"));

		assertThat(proposal).hasPassed("recordDecline", "commendationDeclined").hasNotPassed("recordAward").isEnded();
		verify(recordDecline).execute(any());
	}

	@Test
	@DisplayName("a level left too long is reminded; its task shows a due date and stays with the level")
	void levelReminded() throws Exception {
		ProcessInstance proposal = propose();
		forwardUpTo(1);
		Assertions.assertThat(task().getDueDate()).isNotNull();

		execute(job("levelDecisionReminder"));

		verify(remindCommendationLevel).execute(any());
		assertThat(proposal).isWaitingAt("levelDecision");
		assertThat(task()).hasCandidateGroup(GROUPS.get(1));
	}

	@Test
	@DisplayName("a collective, proposed at the district, granted there: its decisions go on its commendation, no initiative's timeline (R-7.4)")
	void collectiveGrantedAtTheProposersLevel() throws Exception {
		// The chain starts at the proposer's union, the district: its level 0.
		Mocks.register("routeCommendation", (JavaDelegate) execution -> {
			execution.setVariable("levelUnit", CHAIN.get(1));
			execution.setVariable("levelName", LEVELS.get(1));
			execution.setVariable("approverGroup", GROUPS.get(1));
		});
		ProcessInstance proposal = runtimeService().startProcessInstanceByKey("commendation", "collective-7",
				Map.of("commendationId", 7L, "chain", String.join(",", CHAIN.subList(1, 4)), "level", 0, "unitCode",
						"CDCS-01-0002", "proposedAward", "GIAY_KHEN"));
		assertThat(proposal).isWaitingAt("levelDecision");
		assertThat(task()).hasCandidateGroup(GROUPS.get(1));

		complete(task(), withVariables("commendationDecision", "grant"));

		assertThat(proposal).hasPassed("recordAward", "commendationGranted").isEnded();
		verify(collectiveDecisions).save(org.mockito.ArgumentMatchers.argThat(decision -> decision.getStep()
			.equals("commendation:DIRECT_SUPERIOR") && decision.getOutcome().equals("grant")
				&& decision.getReason().equals("GIAY_KHEN") && decision.getUnitCode().equals(CHAIN.get(1))));
		verifyNoInteractions(decisionLog);
	}

	private static ProcessInstance propose() {
		ProcessInstance proposal = runtimeService().startProcessInstanceByKey("commendation", "42",
				Map.of("initiativeId", 42L, "chain", String.join(",", CHAIN), "level", 0, "unitCode", CHAIN.get(0)));
		assertThat(proposal).isStarted().isWaitingAt("levelDecision");
		return proposal;
	}

	/** Each level up to the given one forwards, with its endorsement; the task always goes to the next level's group. */
	private static void forwardUpTo(int level) {
		for (int current = 0; current < level; current++) {
			assertThat(task()).hasCandidateGroup(GROUPS.get(current));
			complete(task(), withVariables("commendationDecision", "forward", "commendationReason", "Đề nghị cấp trên"));
		}
		assertThat(task()).hasCandidateGroup(GROUPS.get(level));
	}
}
