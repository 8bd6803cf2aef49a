package vn.congdoan.sangkien.initiative;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

import vn.congdoan.sangkien.system.ProblemException;

@Deployment(resources = { "bpmn/initiative-lifecycle.bpmn", "bpmn/initiative-eligibility.dmn",
		"forms/support-team-review.form", "forms/council-recognition.form", "forms/portal-upload.form",
		"forms/author-revision.form" })
@DisplayName("initiative-lifecycle.bpmn, one test per path")
class InitiativeLifecycleProcessTest {

	static final String UNIT = "CDCS-01-0001";

	/** Its own engine configuration: a camunda.cfg.xml on the classpath would also start inside the application. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	InitiativeStatusProjection status = mock(InitiativeStatusProjection.class);

	DecisionLog decisionLog = mock(DecisionLog.class);

	InitiativeSubmission submission = mock(InitiativeSubmission.class);

	Rules supportTeamReviewRules = mock(Rules.class);

	Rules councilRecognitionRules = mock(Rules.class);

	Rules portalUploadWindow = mock(Rules.class);

	Deadlines deadlines = mock(Deadlines.class);

	JavaDelegate remindCandidates = mock(JavaDelegate.class);

	JavaDelegate escalateToSuperior = mock(JavaDelegate.class);

	JavaDelegate recordWithdrawal = mock(JavaDelegate.class);

	JavaDelegate recordIneligibility = mock(JavaDelegate.class);

	JavaDelegate recordRecognition = mock(JavaDelegate.class);

	JavaDelegate recordMissedWindow = mock(JavaDelegate.class);

	JavaDelegate publishInitiative = mock(JavaDelegate.class);

	JavaDelegate proposeCommendation = mock(JavaDelegate.class);

	/** What the calendar data says, as findRecognitionPhase puts it in front of the DMN table. */
	Map<String, Object> calendarFacts = new HashMap<>(Map.of("programmeStart", "2021-09-01", "programmeEnd",
			"2023-09-01", "applicationDate", "2022-03-01", "kind", "TECHNICAL_SOLUTION", "recognitionPhase", "PHASE_2",
			"uploadClosesAt", Date.from(Instant.now().plus(30, ChronoUnit.DAYS))));

	/** The shape of the rule beans the model calls on a task. */
	interface Rules {

		void check(DelegateTask task);
	}

	/** The shape of the taskDeadlines bean. */
	interface Deadlines {

		String reminderAfter(String task);

		String escalationAfter(String task);

		Date dueAfter(String task);

		void startCouncilClock(DelegateExecution execution);

		Date afterWindowOpens(DelegateExecution execution, String which);
	}

	/** When the council must have decided, as the real taskDeadlines would set it on acceptance. */
	static final Date COUNCIL_DECIDES_BY = Date.from(Instant.now().plus(90, ChronoUnit.DAYS));

	@BeforeEach
	void standInForTheSpringBeans() {
		when(deadlines.reminderAfter(any())).thenReturn("P7D");
		when(deadlines.escalationAfter(any())).thenReturn("P21D");
		when(deadlines.dueAfter(any())).thenAnswer(call -> Date.from(Instant.now().plus(21, ChronoUnit.DAYS)));
		when(deadlines.afterWindowOpens(any(), any())).thenAnswer(call -> Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
		doAnswer(call -> {
			call.<DelegateExecution>getArgument(0).setVariable("councilDecideBy", COUNCIL_DECIDES_BY);
			return null;
		}).when(deadlines).startCouncilClock(any());
		Mocks.register("initiativeStatus", status);
		Mocks.register("decisionLog", decisionLog);
		Mocks.register("initiativeSubmission", submission);
		Mocks.register("supportTeamReviewRules", supportTeamReviewRules);
		Mocks.register("councilRecognitionRules", councilRecognitionRules);
		Mocks.register("portalUploadWindow", portalUploadWindow);
		Mocks.register("taskDeadlines", deadlines);
		Mocks.register("remindCandidates", remindCandidates);
		Mocks.register("escalateToSuperior", escalateToSuperior);
		Mocks.register("recordWithdrawal", recordWithdrawal);
		Mocks.register("recordIneligibility", recordIneligibility);
		Mocks.register("recordRecognition", recordRecognition);
		Mocks.register("recordMissedWindow", recordMissedWindow);
		Mocks.register("publishInitiative", publishInitiative);
		Mocks.register("proposeCommendation", proposeCommendation);
		Mocks.register("findRecognitionPhase", (JavaDelegate) execution -> {
			calendarFacts.forEach(execution::setVariable);
			for (String confirmation : new String[] { "ipProtected", "researchAccepted", "headConfirmed" }) {
				if (!execution.hasVariable(confirmation)) {
					execution.setVariable(confirmation, false);
				}
			}
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	@DisplayName("accepted, recognised, eligible, uploaded in its window: published and counted (R-2.1, R-5.1, R-5.3)")
	void acceptedRecognisedAndPublished() throws Exception {
		ProcessInstance initiative = submit();
		assertThat(task()).hasCandidateGroup("support-team:" + UNIT);
		Task review = taskService().createTaskQuery().taskId(task().getId()).initializeFormKeys().singleResult();
		Assertions.assertThat(review.getCamundaFormRef().getKey()).isEqualTo("supportTeamReview");

		complete(task(), withVariables("supportTeamDecision", "accept"));
		assertThat(initiative).isWaitingAt("councilRecognition");
		assertThat(task()).hasCandidateGroup("council:" + UNIT);
		complete(task(), recognise());
		assertThat(initiative).isWaitingAt("portalUpload");
		assertThat(task()).hasCandidateGroup("union-officer:" + UNIT);
		complete(task(), withVariables("uploadedToPortal", true));

		assertThat(initiative).hasPassedInOrder("supportTeamReview", "councilRecognition", "findRecognitionPhase",
				"checkEligibility", "markRecognised", "portalUpload", "publishInitiative", "commendationProposedByCouncil",
				"initiativePublished")
			.hasNotPassed("proposeCommendation")
			.isEnded();
		verify(status).set(any(), eq("IN_SUPPORT_REVIEW"));
		verify(status).set(any(), eq("IN_COUNCIL_REVIEW"));
		verify(status).set(any(), eq("AWAITING_UPLOAD"));
		verify(recordRecognition).execute(any());
		verify(publishInitiative).execute(any());
		verify(portalUploadWindow).check(any());
		verify(decisionLog).taskCompleted(any(), eq("supportTeamDecision"), eq("supportTeamComment"));
		verify(decisionLog).taskCompleted(any(), eq("councilDecision"), eq("councilReason"), eq("exclusion"));
		verify(decisionLog).taskDone(any(), eq("uploaded"), eq("portalReference"));
	}

	@Test
	@DisplayName("recognised with the council's proposal for commendation: once published, the proposal goes up, after the upload's commit (R-7.6)")
	void proposedForCommendationByTheCouncil() throws Exception {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));
		Map<String, Object> recogniseAndPropose = new HashMap<>(recognise());
		recogniseAndPropose.put("commendationProposed", true);
		complete(task(), recogniseAndPropose);
		verify(proposeCommendation, never()).execute(any());

		complete(task(), withVariables("uploadedToPortal", true));
		assertThat(initiative).hasPassed("publishInitiative").isWaitingAt("proposeCommendation");
		verify(proposeCommendation, never()).execute(any());

		execute(job());

		assertThat(initiative).hasPassedInOrder("publishInitiative", "commendationProposedByCouncil", "proposeCommendation",
				"initiativePublished").isEnded();
		verify(proposeCommendation).execute(any());
	}

	@Test
	@DisplayName("returned to the author twice, revised and resubmitted each time, then accepted (R-5.1)")
	void returnedAndResubmittedTwice() {
		ProcessInstance initiative = submit();
		for (int round = 0; round < 2; round++) {
			complete(task(), withVariables("supportTeamDecision", "return", "supportTeamComment", "Bổ sung số liệu"));
			assertThat(initiative).isWaitingAt("reviseForSupportTeam");
			assertThat(task()).isAssignedTo("tacgia.hn");
			complete(task(), withVariables("authorAnswer", "Đã bổ sung"));
			assertThat(initiative).isWaitingAt("supportTeamReview");
		}
		complete(task(), withVariables("supportTeamDecision", "accept"));

		assertThat(initiative).isWaitingAt("councilRecognition");
		verify(submission, org.mockito.Mockito.times(2)).revised(any());
		verify(status, org.mockito.Mockito.times(2)).set(any(), eq("RETURNED_FOR_REVISION"));
	}

	@Test
	@DisplayName("declined by the support team: ends declined, the council never sees it (R-5.1)")
	void declinedBySupportTeam() {
		ProcessInstance initiative = submit();

		complete(task(), withVariables("supportTeamDecision", "decline", "supportTeamComment", "Trùng sáng kiến đã có"));

		assertThat(initiative).hasPassed("markDeclined", "initiativeDeclined").hasNotPassed("councilRecognition").isEnded();
		verify(status).set(any(), eq("DECLINED"));
	}

	@ParameterizedTest(name = "refused by the council naming {0}")
	@ValueSource(strings = { "R-3.2", "R-3.3" })
	@DisplayName("refused by the council with a reason, naming the exclusion (R-3.2, R-3.3)")
	void refusedByCouncil(String exclusion) {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));

		complete(task(), withVariables("councilDecision", "refuse", "exclusion", exclusion, "councilReason", "Lý do"));

		assertThat(initiative).hasPassed("refusedByCouncil", "markRefused", "initiativeRefused")
			.hasNotPassed("checkEligibility").isEnded();
		verify(status).set(any(), eq("REFUSED"));
	}

	@ParameterizedTest(name = "excluded by {0}")
	@CsvSource({ "R-3.1, applicationDate, 2021-08-31", "R-3.4, ipProtected, true", "R-2.3, kind, RESEARCH_TOPIC",
			"R-6, recognitionPhase, " })
	@DisplayName("recognised by the council but excluded by the eligibility decision: ends ineligible (R-2.3, R-3.1, R-3.4, R-6.1)")
	void excludedByTheRules(String exclusion, String fact, String value) throws Exception {
		Object typed = "true".equals(value) ? Boolean.TRUE : value;
		calendarFacts.put(fact, typed);
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));

		complete(task(), recognise());

		assertThat(initiative).hasPassed("checkEligibility", "markIneligible", "initiativeIneligible")
			.hasNotPassed("portalUpload").isEnded();
		assertThat(initiative).variables().containsEntry("exclusion", exclusion);
		verify(recordIneligibility).execute(any());
	}

	@Test
	@DisplayName("the council asks for clarification, the author answers, the council recognises")
	void clarificationLoop() {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));

		complete(task(), withVariables("councilDecision", "clarify", "councilReason", "Lợi ích tính thế nào?"));
		assertThat(initiative).isWaitingAt("answerClarification");
		assertThat(task()).isAssignedTo("tacgia.hn");
		complete(task(), withVariables("authorAnswer", "Theo bảng tính đính kèm"));
		assertThat(initiative).isWaitingAt("councilRecognition");
		complete(task(), recognise());

		assertThat(initiative).isWaitingAt("portalUpload");
		verify(status).set(any(), eq("CLARIFICATION_REQUESTED"));
	}

	@Test
	@DisplayName("withdrawn by the author before recognition: ends withdrawn, its task gone")
	void withdrawnBeforeRecognition() throws Exception {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));

		runtimeService().createMessageCorrelation("initiativeWithdrawn").processInstanceBusinessKey("42").correlate();

		assertThat(initiative).hasPassed("withdrawnByAuthor", "markWithdrawn", "initiativeWithdrawn").isEnded();
		verify(recordWithdrawal).execute(any());
	}

	@Test
	@DisplayName("after recognition the withdrawal message finds nothing to stop")
	void noWithdrawalAfterRecognition() {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));
		complete(task(), recognise());

		Assertions.assertThatThrownBy(() -> runtimeService().createMessageCorrelation("initiativeWithdrawn")
			.processInstanceBusinessKey("42").correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(initiative).isWaitingAt("portalUpload");
	}

	@Test
	@DisplayName("an upload outside its phase's window is refused and the task stays (R-6)")
	void uploadRefusedOutsideWindow() {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));
		complete(task(), recognise());
		doThrow(ProblemException.conflict("portal.upload.outside-window")).when(portalUploadWindow).check(any());

		Assertions.assertThatThrownBy(() -> complete(task(), withVariables("uploadedToPortal", true)))
			.satisfies(e -> Assertions.assertThat(ProblemException.causeOf(e)).isPresent());

		assertThat(initiative).isWaitingAt("portalUpload");
		org.mockito.Mockito.verifyNoInteractions(publishInitiative);
	}

	@Test
	@DisplayName("when the window of its phase closes before the upload, it ends as missed (R-6)")
	void missedTheUploadWindow() throws Exception {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));
		complete(task(), recognise());

		execute(job("uploadWindowClosed"));

		assertThat(initiative).hasPassed("markMissedWindow", "uploadWindowMissed").hasNotPassed("publishInitiative")
			.isEnded();
		verify(recordMissedWindow).execute(any());
	}

	@Test
	@DisplayName("a review left too long reminds its group, then escalates; the task stays with the unit")
	void reminderThenEscalation() throws Exception {
		ProcessInstance initiative = submit();

		execute(job("supportTeamReviewReminder"));
		verify(remindCandidates).execute(any(DelegateExecution.class));
		assertThat(initiative).isWaitingAt("supportTeamReview");
		execute(job("supportTeamReviewEscalation"));
		verify(escalateToSuperior).execute(any(DelegateExecution.class));

		assertThat(initiative).isWaitingAt("supportTeamReview");
		assertThat(task()).hasCandidateGroup("support-team:" + UNIT);
		verify(deadlines).reminderAfter("supportTeamReview");
		verify(deadlines).escalationAfter("supportTeamReview");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "supportTeamReview", "councilRecognition", "portalUpload" })
	@DisplayName("each task's reminder and escalation are told the task they serve, by their input deadlineOf")
	void deadlineStepsNameTheTaskTheyServe(String waitingTask) {
		List<String> served = new ArrayList<>();
		Mocks.register("remindCandidates",
				(JavaDelegate) step -> served.add("reminded " + step.getVariableLocal("deadlineOf")));
		Mocks.register("escalateToSuperior",
				(JavaDelegate) step -> served.add("escalated " + step.getVariableLocal("deadlineOf")));
		ProcessInstance initiative = submit();
		if (!waitingTask.equals("supportTeamReview")) {
			complete(task(), withVariables("supportTeamDecision", "accept"));
		}
		if (waitingTask.equals("portalUpload")) {
			complete(task(), recognise());
		}

		execute(job(waitingTask + "Reminder"));
		execute(job(waitingTask + "Escalation"));

		Assertions.assertThat(served).containsExactly("reminded " + waitingTask, "escalated " + waitingTask);
		assertThat(initiative).isWaitingAt(waitingTask);
	}

	@Test
	@DisplayName("every task shows a due date: the support team's escalation, the council's legal date, the window's close")
	void everyTaskIsDue() {
		submit();
		Assertions.assertThat(task().getDueDate()).isNotNull();
		verify(deadlines).dueAfter("supportTeamReview");
		complete(task(), withVariables("supportTeamDecision", "accept"));
		Assertions.assertThat(task().getDueDate()).isEqualTo(COUNCIL_DECIDES_BY);
		complete(task(), recognise());
		Assertions.assertThat(task().getDueDate()).isEqualTo(calendarFacts.get("uploadClosesAt"));
		assertThat(task()).as("R-5.3: the union's officer or the member who wrote it uploads")
			.hasCandidateGroup("union-officer:" + UNIT).hasCandidateUser("tacgia.hn");
	}

	@Test
	@DisplayName("Decree 13/2012: the council's 3 months start once, at the acceptance; a clarification round neither restarts nor moves them")
	void councilClockNotRestartedByClarification() throws Exception {
		ProcessInstance initiative = submit();
		complete(task(), withVariables("supportTeamDecision", "accept"));
		complete(task(), withVariables("councilDecision", "clarify", "councilReason", "Lợi ích tính thế nào?"));
		complete(task(), withVariables("authorAnswer", "Theo bảng tính đính kèm"));

		assertThat(initiative).isWaitingAt("councilRecognition");
		Assertions.assertThat(task().getDueDate()).isEqualTo(COUNCIL_DECIDES_BY);
		Assertions.assertThat(job("councilRecognitionEscalation").getDuedate()).isEqualTo(COUNCIL_DECIDES_BY);
		verify(deadlines, org.mockito.Mockito.times(1)).startCouncilClock(any());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "reviseForSupportTeam, return, supportTeamDecision", "answerClarification, clarify, councilDecision" })
	@DisplayName("an author who does not answer is reminded, then the initiative is closed as abandoned, on the timeline")
	void authorDoesNotAnswer(String authorTask, String decision, String decisionVariable) throws Exception {
		List<String> reminded = new ArrayList<>();
		Mocks.register("remindCandidates", (JavaDelegate) step -> reminded.add((String) step.getVariableLocal("deadlineOf")));
		ProcessInstance initiative = submit();
		if (authorTask.equals("answerClarification")) {
			complete(task(), withVariables("supportTeamDecision", "accept"));
		}
		complete(task(), withVariables(decisionVariable, decision));
		assertThat(initiative).isWaitingAt(authorTask);
		Assertions.assertThat(task().getDueDate()).isNotNull();

		execute(job(authorTask + "Reminder"));
		assertThat(initiative).isWaitingAt(authorTask);
		execute(job(authorTask + "Abandoned"));

		Assertions.assertThat(reminded).containsExactly(authorTask);
		assertThat(initiative).hasPassed("markAbandoned", "initiativeAbandoned").isEnded();
		verify(status).concludeAutomatically(any(), eq("ABANDONED"), eq("abandon"), eq("abandoned"), eq("abandonReason"));
	}

	private static ProcessInstance submit() {
		ProcessInstance initiative = runtimeService().startProcessInstanceByKey("initiativeLifecycle", "42",
				Map.of("initiativeId", 42L, "unitCode", UNIT, "author", "tacgia.hn"));
		assertThat(initiative).isStarted().isWaitingAt("supportTeamReview");
		return initiative;
	}

	private static Map<String, Object> recognise() {
		return withVariables("councilDecision", "recognise", "recognitionDate", "2022-09-15", "noveltyConfirmed", true,
				"applicationConfirmed", true, "benefitConfirmed", true);
	}
}
