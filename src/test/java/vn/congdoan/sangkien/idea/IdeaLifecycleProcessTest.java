package vn.congdoan.sangkien.idea;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.congdoan.sangkien.appointment.Appointments;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.review.TaskDeadlines;
import vn.congdoan.sangkien.workflow.OverdueTasks;
import vn.congdoan.sangkien.workflow.TaskOverdue;
import vn.congdoan.sangkien.system.ProblemException;

@Deployment(resources = { "bpmn/idea-lifecycle.bpmn", "forms/take-up-idea.form", "forms/shape-idea.form",
		"forms/mentor-idea.form" })
@DisplayName("idea-lifecycle.bpmn, one test per path")
class IdeaLifecycleProcessTest {

	static final String UNIT = "CDCS-01-0001";

	static final long IDEA = 7L;

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	/** The real steps over a stand-in for the database: their rules are the model's. */
	Ideas ideas = mock(Ideas.class);

	JavaDelegate makeDraft = mock(JavaDelegate.class);

	/** Who holds which role, as Keycloak would answer: hotro.hn and hotro2.hn in the idea's union's support team. */
	Appointments appointments = mock(Appointments.class);

	TaskDeadlines deadlines = mock(TaskDeadlines.class);

	OverdueTasks overdue = mock(OverdueTasks.class);

	@BeforeEach
	void standInForTheSpringBeans() {
		when(appointments.holds("hotro2.hn", Role.SUPPORT_TEAM, UNIT)).thenReturn(true);
		when(deadlines.reminderAfter(any())).thenReturn("P7D");
		when(deadlines.escalationAfter(any())).thenReturn("P60D");
		when(deadlines.dueAfter(any())).thenAnswer(call -> Date.from(Instant.now().plus(21, ChronoUnit.DAYS)));
		Mocks.register("ideaSteps", new IdeaSteps(ideas, appointments, overdue));
		Mocks.register("makeDraft", makeDraft);
		Mocks.register("taskDeadlines", deadlines);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	@DisplayName("taken up by a support team member, who mentors it; shaped by the author; made an initiative draft (R-5.1)")
	void takenUpShapedAndDrafted() throws Exception {
		ProcessInstance idea = post();
		assertThat(task()).hasDefinitionKey("takeUpIdea").hasCandidateGroup("support-team:" + UNIT);

		takeUpAs("hotro.hn");
		assertThat(idea).isWaitingAt("shapeIdea");
		assertThat(task()).isAssignedTo("tacgia.hn");
		verify(ideas).mentoredBy(IDEA, "hotro.hn");

		complete(task(), withVariables("ideaProblem", "Vấn đề rõ hơn", "ideaProposal", "Ý tưởng rõ hơn"));
		assertThat(idea).isWaitingAt("mentorIdea");
		assertThat(task()).isAssignedTo("hotro.hn");
		verify(ideas).revised(IDEA, "Vấn đề rõ hơn", "Ý tưởng rõ hơn");

		complete(task(), withVariables("mentorDecision", "toDraft"));
		assertThat(idea).hasPassedInOrder("takeUpIdea", "shapeIdea", "mentorIdea", "makeDraft", "ideaDrafted")
			.hasNotPassed("closeIdea")
			.isEnded();
		verify(makeDraft).execute(any());
		InOrder statuses = inOrder(ideas);
		statuses.verify(ideas).status(IDEA, IdeaStatus.WITH_AUTHOR);
		statuses.verify(ideas).status(IDEA, IdeaStatus.WITH_MENTOR);
	}

	@Test
	@DisplayName("the mentor sends it back to the author with comments, then makes it a draft (R-5.1)")
	void sentBackToTheAuthor() throws Exception {
		ProcessInstance idea = post();
		takeUpAs("hotro.hn");
		complete(task(), withVariables("ideaProblem", "P1", "ideaProposal", "I1"));
		complete(task(), withVariables("mentorDecision", "backToAuthor", "ideaComment", "Nêu rõ lợi ích"));
		assertThat(idea).isWaitingAt("shapeIdea");
		assertThat(task()).isAssignedTo("tacgia.hn");

		complete(task(), withVariables("ideaProblem", "P2", "ideaProposal", "I2"));
		assertThat(task()).hasDefinitionKey("mentorIdea").isAssignedTo("hotro.hn");
		// As the task API does, a field left out is set to nothing: no comment survives from the earlier round.
		complete(task(), withVariables("mentorDecision", "toDraft", "ideaComment", null));
		assertThat(idea).hasPassed("makeDraft").isEnded();
		verify(ideas, times(2)).status(IDEA, IdeaStatus.WITH_AUTHOR);
		verify(ideas).commented(IDEA, "Nêu rõ lợi ích");
		verify(ideas).revised(IDEA, "P2", "I2");
	}

	@Test
	@DisplayName("a support team member who wrote the idea does not take it up: nobody mentors their own idea (R-5.1)")
	void notTheirOwnIdea() {
		ProcessInstance idea = post();
		taskService().claim(task().getId(), "tacgia.hn");
		assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("takeUpDecision", "takeUp")))
			.hasRootCauseInstanceOf(ProblemException.class);
		assertThat(idea).isWaitingAt("takeUpIdea");
		verify(ideas, never()).mentoredBy(anyLong(), anyString());
	}

	@Test
	@DisplayName("closed by the support team with a reason: no mentor, no draft (R-5.1)")
	void closedByTheSupportTeam() throws Exception {
		ProcessInstance idea = post();
		taskService().claim(task().getId(), "hotro.hn");
		complete(task(), withVariables("takeUpDecision", "close", "ideaComment", "Đã có sáng kiến tương tự"));

		assertThat(idea).hasPassed("closeIdea").hasNotPassed("shapeIdea", "makeDraft").isEnded();
		verify(ideas).closed(IDEA, "Đã có sáng kiến tương tự");
		verify(ideas, never()).mentoredBy(anyLong(), anyString());
		verify(makeDraft, never()).execute(any());
	}

	@Test
	@DisplayName("closed by the mentor with a reason (R-5.1)")
	void closedByTheMentor() throws Exception {
		ProcessInstance idea = post();
		takeUpAs("hotro.hn");
		complete(task(), withVariables("ideaProblem", "P", "ideaProposal", "I"));
		complete(task(), withVariables("mentorDecision", "close", "ideaComment", "Không khả thi"));

		assertThat(idea).hasPassed("closeIdea").hasNotPassed("makeDraft").isEnded();
		verify(ideas).closed(IDEA, "Không khả thi");
	}

	@Test
	@DisplayName("closing or sending back without a reason is refused and the task stays open (R-5.1)")
	void aReasonIsNeeded() {
		ProcessInstance idea = post();
		taskService().claim(task().getId(), "hotro.hn");
		assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("takeUpDecision", "close")))
			.hasRootCauseInstanceOf(ProblemException.class);
		assertThat(idea).isWaitingAt("takeUpIdea");

		complete(task(), withVariables("takeUpDecision", "takeUp"));
		complete(task(), withVariables("ideaProblem", "P", "ideaProposal", "I"));
		assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("mentorDecision", "backToAuthor", "ideaComment", " ")))
			.hasRootCauseInstanceOf(ProblemException.class);
		assertThat(idea).isWaitingAt("mentorIdea");
		verify(ideas, never()).closed(anyLong(), any());
	}

	@Test
	@DisplayName("the support team member names a mentor from the union's support team, who mentors it (R-5.1)")
	void mentorNamedFromTheTeam() {
		ProcessInstance idea = post();
		taskService().claim(task().getId(), "hotro.hn");
		complete(task(), withVariables("takeUpDecision", "takeUp", "namedMentor", " hotro2.hn "));

		assertThat(idea).isWaitingAt("shapeIdea");
		verify(ideas).mentoredBy(IDEA, "hotro2.hn");
		complete(task(), withVariables("ideaProblem", "P", "ideaProposal", "I"));
		assertThat(task()).hasDefinitionKey("mentorIdea").isAssignedTo("hotro2.hn");
	}

	@Test
	@DisplayName("a mentor from another union, or the author, is refused on the field and the task stays open (R-5.1)")
	void mentorFromAnotherUnionRefused() {
		ProcessInstance idea = post();
		taskService().claim(task().getId(), "hotro.hn");
		for (String named : new String[] { "hotro.dn", "tacgia.hn" }) {
			assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of("takeUpDecision", "takeUp", "namedMentor", named)))
				.rootCause()
				.isInstanceOfSatisfying(ProblemException.class, problem -> Assertions.assertThat(problem.fieldProblems()).singleElement()
					.satisfies(field -> Assertions.assertThat(field.field()).isEqualTo("namedMentor")));
		}
		assertThat(idea).isWaitingAt("takeUpIdea");
		verify(ideas, never()).mentoredBy(anyLong(), anyString());
	}

	@Test
	@DisplayName("every task of the idea shows a due date; the support team and the mentor are reminded and the task stays open")
	void remindedAndDue() {
		ProcessInstance idea = post();
		Assertions.assertThat(task().getDueDate()).isNotNull();
		execute(job("takeUpIdeaReminder"));
		assertThat(idea).isWaitingAt("takeUpIdea");

		takeUpAs("hotro.hn");
		Assertions.assertThat(task().getDueDate()).isNotNull();
		complete(task(), withVariables("ideaProblem", "P", "ideaProposal", "I"));
		Assertions.assertThat(task().getDueDate()).isNotNull();
		execute(job("mentorIdeaReminder"));
		assertThat(idea).isWaitingAt("mentorIdea");
		verify(ideas, times(2)).reminded(IDEA);
		verify(overdue).remind(any(), eq("takeUpIdea"), eq(new TaskOverdue.Subject("idea", IDEA, "/inbox")));
		verify(overdue).remind(any(), eq("mentorIdea"), eq(new TaskOverdue.Subject("idea", IDEA, "/inbox")));
	}

	@Test
	@DisplayName("an author who leaves the idea is reminded, then the idea is closed as abandoned")
	void authorAbandonsTheIdea() {
		ProcessInstance idea = post();
		takeUpAs("hotro.hn");
		execute(job("shapeIdeaReminder"));
		assertThat(idea).isWaitingAt("shapeIdea");
		verify(ideas).reminded(IDEA);

		execute(job("shapeIdeaAbandoned"));
		assertThat(idea).hasPassed("abandonIdea", "ideaAbandoned").hasNotPassed("mentorIdea", "makeDraft").isEnded();
		verify(ideas).abandoned(IDEA);
	}

	@Test
	@DisplayName("Ideas.STEPS names every user task of the model: the task page tells an idea's task from an initiative's by it")
	void stepsAreTheModelsUserTasks() {
		ProcessInstance idea = post();
		Assertions.assertThat(repositoryService().getBpmnModelInstance(idea.getProcessDefinitionId())
			.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getId)
			.toList()).containsExactlyInAnyOrderElementsOf(Ideas.STEPS);
	}

	private ProcessInstance post() {
		ProcessInstance idea = runtimeService().startProcessInstanceByKey(Ideas.PROCESS, String.valueOf(IDEA),
				Map.of("ideaId", IDEA, "unitCode", UNIT, "author", "tacgia.hn", "ideaProblem", "P0", "ideaProposal", "I0"));
		assertThat(idea).isWaitingAt("takeUpIdea");
		return idea;
	}

	/** A member of the group claims the task, as the task API does, then takes the idea up. */
	private void takeUpAs(String member) {
		taskService().claim(task().getId(), member);
		complete(task(), withVariables("takeUpDecision", "takeUp"));
	}
}
