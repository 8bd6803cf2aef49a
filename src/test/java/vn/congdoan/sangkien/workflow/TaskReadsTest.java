package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SqlStatements;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

@PlatformTest
@DisplayName("The inbox reads a page of tasks in a constant number of queries, and shows a unit's tasks to that unit only")
class TaskReadsTest {

	static final String PROCESS = "taskReads";

	/** Units of their own, so that no other test's tasks are counted. */
	static final String UNIT = "CDCS-77-0001";

	static final String OTHER_UNIT = "CDCS-77-0002";

	static final String SUPERIOR = "LDLD-77";

	@Autowired
	TaskInbox inbox;

	@Autowired
	TaskAuthority authority;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	ApiClient api;

	PlatformUser reviewer = user("hotro.77", Role.SUPPORT_TEAM, UNIT);

	String deployment;

	@BeforeEach
	void deploy() {
		deployment = repository.createDeployment()
			.addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask("review").name("Xem xét").camundaCandidateGroups("${group}")
				.endEvent()
				.done())
			.deploy()
			.getId();
	}

	@AfterEach
	void removeIt() {
		repository.deleteDeployment(deployment, true);
	}

	@Test
	@DisplayName("the inbox, its counts and the list to decide cost as many queries for 30 tasks as for 3")
	void constantQueries() {
		started(3, UNIT);
		List<String> inboxOfThree = SqlStatements.of(() -> inbox.of(reviewer, 0, 50));
		List<String> countsOfThree = SqlStatements.of(() -> inbox.countsOf(reviewer, Instant.now()));
		List<String> decidableOfThree = SqlStatements.of(() -> inbox.decidable(reviewer, "review"));

		started(27, UNIT);
		List<String> inboxOfThirty = SqlStatements.of(() -> assertThat(inbox.of(reviewer, 0, 50)).hasSize(30));
		List<String> countsOfThirty = SqlStatements.of(() -> assertThat(inbox.countsOf(reviewer, Instant.now()))
			.containsExactly(new TaskInbox.StepCount("review", "Xem xét", 30, 0)));
		List<String> decidableOfThirty = SqlStatements.of(() -> assertThat(inbox.decidable(reviewer, "review")).hasSize(30));

		assertThat(inboxOfThirty).hasSize(1).isEqualTo(inboxOfThree);
		assertThat(countsOfThirty).hasSize(1).isEqualTo(countsOfThree);
		// Camunda writes a list of ids into its SQL, so the texts differ with the list's length; their number does not.
		assertThat(decidableOfThirty).hasSizeLessThanOrEqualTo(4).hasSameSizeAs(decidableOfThree);
	}

	@Test
	@DisplayName("a user of another unit never sees the unit's tasks: not in the inbox, not in its counts, not to decide")
	void anotherUnitSeesNothing() {
		List<String> mine = started(2, UNIT);
		PlatformUser otherUnit = user("hotro.77b", Role.SUPPORT_TEAM, OTHER_UNIT);
		PlatformUser council = user("hoidong.77", Role.COUNCIL, UNIT);

		assertThat(ids(inbox.of(reviewer, 0, 50))).containsExactlyInAnyOrderElementsOf(mine);
		for (PlatformUser stranger : List.of(otherUnit, council)) {
			assertThat(inbox.of(stranger, 0, 50)).isEmpty();
			assertThat(inbox.countsOf(stranger, Instant.now())).isEmpty();
			assertThat(inbox.decidable(stranger, "review")).isEmpty();
		}
	}

	@Test
	@DisplayName("the inbox is Camunda's own task query for the user's groups and name, oldest first, page after page")
	void sameAsTheEngine() {
		started(7, UNIT);
		started(2, OTHER_UNIT);
		String given = startedGivenTo(reviewer.username());

		List<String> engine = ids(tasks.createTaskQuery()
			.or().taskCandidateGroupIn(reviewer.candidateGroups()).includeAssignedTasks().taskAssignee(reviewer.username()).endOr()
			.orderByTaskCreateTime().asc().orderByTaskId().asc()
			.list());
		List<String> paged = new ArrayList<>(ids(inbox.of(reviewer, 0, 3)));
		paged.addAll(ids(inbox.of(reviewer, 3, 3)));
		paged.addAll(ids(inbox.of(reviewer, 6, 3)));

		assertThat(engine).hasSize(8).contains(given);
		assertThat(paged).isEqualTo(engine);
		assertThat(inbox.of(reviewer, 0, 50)).filteredOn(task -> task.id().equals(given)).singleElement()
			.satisfies(task -> assertThat(task.initiativeId()).isEqualTo("given"));
	}

	@Test
	@DisplayName("the list to decide holds exactly the tasks TaskAuthority lets the user act on: escalated, claimed, own and given ones left out")
	void decidableIsWhatTheAuthorityAllows() {
		List<String> plain = started(2, UNIT);
		String claimedByColleague = started(1, UNIT).get(0);
		tasks.claim(claimedByColleague, "hotro.77c");
		String claimedByMe = started(1, UNIT).get(0);
		tasks.claim(claimedByMe, reviewer.username());
		String escalatedHere = started(1, OTHER_UNIT).get(0);
		String superiorOfficers = Role.SUPPORT_TEAM.candidateGroup(UNIT);
		tasks.addCandidateGroup(escalatedHere, superiorOfficers);
		tasks.setVariableLocal(escalatedHere, TaskInbox.ESCALATED_GROUPS, superiorOfficers);
		String dueYesterday = started(1, UNIT).get(0);
		Task due = tasks.createTaskQuery().taskId(dueYesterday).singleResult();
		due.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
		tasks.saveTask(due);
		long own = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Của chính tôi", "tacgia.hn",
				"Nguyễn Văn An"));
		try {
			PlatformUser authorInTeam = user("tacgia.hn", Role.SUPPORT_TEAM, UNIT);
			String ownTask = startedAbout(own, UNIT);
			List<String> all = new ArrayList<>(plain);
			all.addAll(List.of(claimedByColleague, claimedByMe, escalatedHere, dueYesterday, ownTask));

			for (PlatformUser user : List.of(reviewer, authorInTeam)) {
				List<String> allowed = all.stream().filter(task -> mayAct(user, task)).toList();
				assertThat(ids(inbox.decidable(user, "review"))).as(user.username()).containsExactlyInAnyOrderElementsOf(allowed);
			}
			assertThat(ids(inbox.decidable(reviewer, "review")))
				.contains(claimedByMe, dueYesterday, ownTask)
				.doesNotContain(claimedByColleague, escalatedHere);
			assertThat(ids(inbox.decidable(authorInTeam, "review"))).doesNotContain(ownTask);
			assertThat(ids(inbox.of(reviewer, 0, 50))).as("escalated and claimed ones are seen")
				.contains(claimedByColleague, escalatedHere);
			assertThat(inbox.countsOf(reviewer, Instant.now()))
				.containsExactly(new TaskInbox.StepCount("review", "Xem xét", all.size(), 1));
		}
		finally {
			assertThat(api.delete("tacgia.hn", "/api/initiatives/" + own).statusCode()).isEqualTo(204);
		}
	}

	private boolean mayAct(PlatformUser user, String taskId) {
		try {
			authority.actionable(user, taskId);
			return true;
		}
		catch (ProblemException refused) {
			return false;
		}
	}

	/** Tasks of the support team of {@code unit}, each about an initiative that is not there. */
	private List<String> started(int count, String unit) {
		return IntStream.range(0, count).mapToObj(i -> startedAbout(-1 - i, unit)).toList();
	}

	private String startedAbout(long initiativeId, String unit) {
		String instance = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(initiativeId),
				Map.of("group", Role.SUPPORT_TEAM.candidateGroup(unit), "initiativeId", initiativeId)).getId();
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	/** A task given to one person by name, as the author's revision is. */
	private String startedGivenTo(String username) {
		String instance = runtime.startProcessInstanceByKey(PROCESS, "given", Map.of("group", "nobody:none")).getId();
		Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		tasks.deleteCandidateGroup(task.getId(), "nobody:none");
		tasks.setAssignee(task.getId(), username);
		return task.getId();
	}

	private static List<String> ids(List<?> found) {
		return found.stream()
			.map(task -> task instanceof Task engineTask ? engineTask.getId() : ((TaskInbox.InboxTask) task).id())
			.toList();
	}

	private static PlatformUser user(String username, Role role, String unit) {
		return PlatformUser.of(username, username, role, unit);
	}
}
