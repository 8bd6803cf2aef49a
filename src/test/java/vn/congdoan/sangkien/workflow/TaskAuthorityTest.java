package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
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

@DisplayName("Who may act on a task: candidate groups, escalation, a colleague's claim, a task given by name")
class TaskAuthorityTest {

	static final String UNIT = "CDCS-01-0001";

	static final String OTHER_UNIT = "CDCS-01-0002";

	static final String SUPERIOR = "LDLD-01";

	/** The engine of the process tests: real identity links, variables and claims, in memory, without Spring. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	PlatformUser reviewer = user("hotro", Role.SUPPORT_TEAM, UNIT);

	PlatformUser colleague = user("hotro2", Role.SUPPORT_TEAM, UNIT);

	List<TaskGuard> guards = new ArrayList<>();

	TaskService tasks;

	TaskAuthority authority;

	OneTaskProcess process;

	Task task;

	@BeforeEach
	void oneTaskWaiting(ProcessEngine processEngine) {
		tasks = processEngine.getTaskService();
		process = OneTaskProcess.started(processEngine, "taskAuthority");
		task = process.task();
		TaskRaceAnswers races = new TaskRaceAnswers(tasks, processEngine.getHistoryService(),
				mock(PlatformTransactionManager.class));
		authority = new TaskAuthority(tasks, races, guards);
	}

	@AfterEach
	void removeIt() {
		process.remove();
	}

	@Test
	@DisplayName("a member of the task's group may act on it")
	void groupMemberMayAct() {
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));

		assertThat(authority.actionable(reviewer, task.getId()).getId()).isEqualTo(task.getId());
		assertThat(authority.visible(reviewer, task.getId()).refusal()).isNull();
	}

	@Test
	@DisplayName("the same role of another unit may neither act on the task nor see it: 403 task.not-yours")
	void anotherUnitIsNotYours() {
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));
		PlatformUser otherUnit = user("hotro.dn", Role.SUPPORT_TEAM, OTHER_UNIT);

		assertRefused(() -> authority.actionable(otherUnit, task.getId()), HttpStatus.FORBIDDEN, "task.not-yours");
		assertRefused(() -> authority.visible(otherUnit, task.getId()), HttpStatus.FORBIDDEN, "task.not-yours");
	}

	@Test
	@DisplayName("the superior union a task was escalated to sees it but may not decide it: 403 task.escalated-read-only (R-2.1)")
	void escalatedGroupOnlyLooks() {
		String superiorOfficers = Role.UNION_OFFICER.candidateGroup(SUPERIOR);
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));
		tasks.addCandidateGroup(task.getId(), superiorOfficers);
		tasks.setVariableLocal(task.getId(), TaskInbox.ESCALATED_GROUPS, superiorOfficers);
		PlatformUser superiorOfficer = user("canbo.ldld", Role.UNION_OFFICER, SUPERIOR);

		assertRefused(() -> authority.actionable(superiorOfficer, task.getId()), HttpStatus.FORBIDDEN,
				"task.escalated-read-only");
		TaskAuthority.Visible visible = authority.visible(superiorOfficer, task.getId());
		assertThat(visible.task().getId()).isEqualTo(task.getId());
		assertThat(visible.refusal().code()).isEqualTo("task.escalated-read-only");
		assertThat(authority.actionable(reviewer, task.getId()).getId()).as("the unit keeps the decision")
			.isEqualTo(task.getId());
	}

	@Test
	@DisplayName("a task a colleague holds is theirs: 409 task.claimed-by-other, naming them")
	void claimedByAColleague() {
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));
		tasks.claim(task.getId(), colleague.username());

		ProblemException refusal = assertRefused(() -> authority.actionable(reviewer, task.getId()), HttpStatus.CONFLICT,
				"task.claimed-by-other");
		assertThat(refusal.arguments()).containsExactly(colleague.username());
		assertThat(authority.visible(reviewer, task.getId()).refusal().code()).isEqualTo("task.claimed-by-other");
		assertThat(authority.actionable(colleague, task.getId()).getId()).isEqualTo(task.getId());
	}

	@Test
	@DisplayName("a task given to the author by name is theirs alone, whatever groups others are in")
	void givenByNameIsTheirsAlone() {
		PlatformUser author = user("tacgia", Role.AUTHOR, UNIT);
		tasks.setAssignee(task.getId(), author.username());

		assertThat(authority.actionable(author, task.getId()).getId()).isEqualTo(task.getId());
		assertThat(authority.givenByName(task.getId())).isTrue();
		assertRefused(() -> authority.actionable(reviewer, task.getId()), HttpStatus.FORBIDDEN, "task.not-yours");
		assertRefused(() -> authority.visible(reviewer, task.getId()), HttpStatus.FORBIDDEN, "task.not-yours");
	}

	@Test
	@DisplayName("a task of a group is not given by name, held by someone or not")
	void groupTaskIsNotGivenByName() {
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));
		tasks.claim(task.getId(), reviewer.username());

		assertThat(authority.givenByName(task.getId())).isFalse();
	}

	@Test
	@DisplayName("a guard's refusal stands (nobody decides on their own initiative); the page shows it as the reason")
	void guardRefuses() {
		tasks.addCandidateGroup(task.getId(), Role.SUPPORT_TEAM.candidateGroup(UNIT));
		guards.add((user, refused) -> {
			throw ProblemException.forbidden("task.own-initiative", refused.getId());
		});

		assertRefused(() -> authority.actionable(reviewer, task.getId()), HttpStatus.FORBIDDEN, "task.own-initiative");
		assertThat(authority.visible(reviewer, task.getId()).refusal().code()).isEqualTo("task.own-initiative");
	}

	@Test
	@DisplayName("a task that never was: 404 task.not-found")
	void neverWas() {
		assertRefused(() -> authority.actionable(reviewer, "no-such-task"), HttpStatus.NOT_FOUND, "task.not-found");
		assertRefused(() -> authority.visible(reviewer, "no-such-task"), HttpStatus.NOT_FOUND, "task.not-found");
	}

	private static ProblemException assertRefused(Runnable attempt, HttpStatus status, String code) {
		ProblemException refusal = catchThrowableOfType(ProblemException.class, attempt::run);
		assertThat(refusal).as("refused with %s", code).isNotNull();
		assertThat(refusal.code()).isEqualTo(code);
		assertThat(refusal.status()).isEqualTo(status);
		return refusal;
	}

	private static PlatformUser user(String username, Role role, String unit) {
		return PlatformUser.of(username, username, role, unit);
	}
}
