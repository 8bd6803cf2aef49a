package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

@DisplayName("Taking, giving back and completing a task, its values checked by its form")
class TaskDecisionsTest {

	static final String UNIT = "CDCS-01-0001";

	/** The engine of the process tests, with the real form of the portal upload: no Spring, no Keycloak. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	PlatformUser officer = PlatformUser.of("canbo", "canbo", Role.UNION_OFFICER, UNIT);

	TaskService tasks;

	HistoryService history;

	TaskDecisions decisions;

	OneTaskProcess process;

	Task task;

	@BeforeEach
	void onePortalUploadWaiting(ProcessEngine processEngine) {
		tasks = processEngine.getTaskService();
		history = processEngine.getHistoryService();
		process = OneTaskProcess.started(processEngine, "taskDecisions", "portalUpload",
				userTask -> userTask.camundaFormRef("portalUpload")
					.camundaFormRefBinding("deployment")
					.camundaCandidateGroups(Role.UNION_OFFICER.candidateGroup(UNIT)),
				"forms/portal-upload.form");
		task = process.task();
		TaskRaceAnswers races = new TaskRaceAnswers(tasks, history, mock(PlatformTransactionManager.class));
		decisions = new TaskDecisions(tasks, new TaskAuthority(tasks, races, List.of()), races,
				new DeployedForms(processEngine.getFormService(), new ObjectMapper()), new OneEngineCommand(processEngine));
	}

	@AfterEach
	void removeIt() {
		process.remove();
	}

	@Test
	@DisplayName("completing claims the task for the user and sets every field of its form, left-out ones to nothing")
	void completes() {
		decisions.complete(officer, task.getId(), Map.of("uploadedToPortal", true));

		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo(officer.username());
		assertThat(variables()).containsEntry("uploadedToPortal", true).containsEntry("portalReference", null);
	}

	@Test
	@DisplayName("values that break the form are refused, field by field (400 task.form.invalid), and the task stays")
	void formChecksTheValues() {
		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> decisions.complete(officer, task.getId(), Map.of("portalReference", "CD-1", "unknown", 1)));

		assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refusal.code()).isEqualTo("task.form.invalid");
		assertThat(refusal.fieldProblems()).extracting(problem -> problem.code())
			.contains("task.form.required", "task.form.unknown-field");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	@DisplayName("a task expected at another step is refused: 409 task.wrong-step, and the task stays")
	void wrongStep() {
		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> decisions.complete(officer, task.getId(), Map.of("uploadedToPortal", true), "councilRecognition"));

		assertThat(refusal.code()).isEqualTo("task.wrong-step");
		assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	@Test
	@DisplayName("an HTML post is typed by the form: a ticked checkbox is true, a blank field is left out")
	void postedFormIsTyped() {
		decisions.completeWithPostedForm(officer, task.getId(),
				Map.of("uploadedToPortal", List.of("on"), "portalReference", List.of(" ")));

		assertThat(variables()).containsEntry("uploadedToPortal", true).containsEntry("portalReference", null);
	}

	@Test
	@DisplayName("a task taken is given back to its group")
	void claimAndGiveBack() {
		decisions.claim(officer, task.getId());
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(officer.username());

		decisions.unclaim(officer, task.getId());
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	@DisplayName("a task given to one person by name cannot be given back: 409 task.not-unclaimable")
	void givenByNameIsNotGivenBack() {
		tasks.deleteCandidateGroup(task.getId(), Role.UNION_OFFICER.candidateGroup(UNIT));
		tasks.setAssignee(task.getId(), officer.username());

		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> decisions.unclaim(officer, task.getId()));

		assertThat(refusal.code()).isEqualTo("task.not-unclaimable");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(officer.username());
	}

	@Test
	@DisplayName("someone not of the task's group completes nothing: 403 task.not-yours")
	void notYours() {
		PlatformUser otherUnit = PlatformUser.of("canbo.dn", "canbo.dn", Role.UNION_OFFICER, "CDCS-01-0002");

		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> decisions.complete(otherUnit, task.getId(), Map.of("uploadedToPortal", true)));

		assertThat(refusal.code()).isEqualTo("task.not-yours");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	@Test
	@DisplayName("completing a task completed already says so: 409 task.already-completed")
	void completedAlready() {
		decisions.complete(officer, task.getId(), Map.of("uploadedToPortal", true));

		ProblemException refusal = catchThrowableOfType(ProblemException.class,
				() -> decisions.complete(officer, task.getId(), Map.of("uploadedToPortal", true)));

		assertThat(refusal.code()).isEqualTo("task.already-completed");
	}

	private Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.list()) {
			variables.put(variable.getName(), variable.getValue());
		}
		return variables;
	}
}
