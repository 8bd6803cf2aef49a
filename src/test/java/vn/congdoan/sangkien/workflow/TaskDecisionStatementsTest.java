package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SqlStatements;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.InitiativeContent;
import vn.congdoan.sangkien.initiative.InitiativeSubmission;

@PlatformTest
@DisplayName("A task decision (find, check, claim, complete) is one engine command: each row is read once")
class TaskDecisionStatementsTest {

	static final String UNIT = "CDCS-01-0001";

	@Autowired
	InitiativeSubmission submission;

	@Autowired
	TaskDecisions decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper json;

	@Test
	@DisplayName("the three steps of a lifecycle read their task, execution and process definition once each, in a bounded number of statements")
	void eachRowReadOnce() throws Exception {
		PlatformUser author = PlatformUser.of("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, UNIT);
		long id = submission.createDraft(author, json.readValue(
				InitiativeDrafts.complete("Máy đếm câu lệnh", "tacgia.hn", "Nguyễn Văn An"), InitiativeContent.class)).getId();
		submission.submit(author, id);

		List<String> review = decided(id, "hotro.hn", Role.SUPPORT_TEAM, "supportTeamReview",
				Map.of("supportTeamDecision", "accept"));
		List<String> recognition = decided(id, "hoidong.hn", Role.COUNCIL, "councilRecognition",
				json.readValue(Steps.RECOGNISE, Map.class));
		List<String> upload = decided(id, "canbo.hn", Role.UNION_OFFICER, "portalUpload", Map.of("uploadedToPortal", true));

		for (List<String> statements : List.of(review, recognition, upload)) {
			for (String table : List.of("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RE_PROCDEF")) {
				assertThat(statements).as("%s", statements)
					.filteredOn(sql -> sql.equals("select * from " + table + " where ID_ = ?"))
					.hasSizeLessThanOrEqualTo(1);
			}
			assertThat(statements).filteredOn(sql -> sql.contains("ACT_RU_IDENTITYLINK where TASK_ID_")).hasSize(1);
		}
		// As five commands (find, links, escalation, claim, complete) they were 59, 69 and 73.
		assertThat(review).hasSizeLessThanOrEqualTo(40);
		assertThat(recognition).hasSizeLessThanOrEqualTo(50);
		assertThat(upload).hasSizeLessThanOrEqualTo(55);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
	}

	@SuppressWarnings("unchecked")
	private List<String> decided(long initiativeId, String username, Role role, String step, Map<?, ?> values) {
		String taskId = tasks.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(initiativeId))
			.taskDefinitionKey(step)
			.singleResult()
			.getId();
		PlatformUser user = PlatformUser.of(username, username, role, UNIT);
		return SqlStatements.of(() -> decisions.complete(user, taskId, (Map<String, Object>) values));
	}
}
