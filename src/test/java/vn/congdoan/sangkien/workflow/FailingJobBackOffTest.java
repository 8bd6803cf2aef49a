package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.FaultTest;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.Steps;

/**
 * Issue 12, section 1: a job that keeps failing is tried again after the configured back-off
 * ({@code failed-job-retry-time-cycle} in application.yaml), and after the last try it stays as an incident that
 * Cockpit shows, never lost silently. The failure is a real one: the council's proposal for commendation,
 * an async step after the upload, loses the race to the union officer who proposed the same initiative first.
 */
@FaultTest
@DisplayName("A failing job is retried with the configured back-off and ends as an incident in Cockpit")
class FailingJobBackOffTest {

	/** The engine writes due dates to the millisecond; the test reads its own time a moment apart. */
	static final Duration MARGIN = Duration.ofSeconds(5);

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("the council's proposal, racing the officer's, fails: tried again 5 minutes later each time, then an incident; the upload stands")
	void councilProposalRacingTheOfficers() {
		String cycle = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getFailedJobRetryTimeCycle();
		assertThat(cycle).as("the engine-wide back-off of application.yaml").matches("R\\d+/P.+");
		int tries = Integer.parseInt(cycle.substring(1, cycle.indexOf('/')));
		Duration wait = Duration.parse(cycle.substring(cycle.indexOf('/') + 1));
		assertThat(wait).as("a real wait between tries, not Camunda's default of none").isPositive();

		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Khen thưởng: hội đồng và cán bộ cùng đề nghị");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition",
				Steps.RECOGNISE.strip().replaceFirst("}$", ",\"commendationProposed\":true}"));
		String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
			.processDefinitionKey("initiativeLifecycle").singleResult().getId();

		// The council's proposal waits, suspended, until the officer has proposed: the race, made certain.
		JobDefinition proposal = management.createJobDefinitionQuery()
			.processDefinitionId(runtime.createProcessInstanceQuery().processInstanceId(process).singleResult()
				.getProcessDefinitionId())
			.activityIdIn("proposeCommendation").singleResult();
		management.suspendJobDefinitionById(proposal.getId());
		try {
			steps.complete("canbo.hn", id, "portalUpload", "{\"uploadedToPortal\":true}");
		}
		finally {
			management.activateJobDefinitionById(proposal.getId());
		}
		Job job = proposalJob(process);
		assertThat(job.isSuspended()).as("created while its definition was suspended").isTrue();
		ApiClient.Response officer = api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", "{\"reason\":\"Làm lợi lớn\"}");
		assertThat(officer.statusCode()).as("%s", officer.body()).isEqualTo(201);

		// Each try is the test's own (executeJob, the failure handled as the job executor handles it): a job due later
		// is one the job executor leaves alone, so it never runs a try of its own in between.
		management.setJobDuedate(job.getId(), Date.from(Instant.now().plus(Duration.ofHours(1))));
		management.activateJobById(job.getId());
		for (int retriesLeft = tries - 1; retriesLeft >= 0; retriesLeft--) {
			Instant tried = Instant.now();
			assertThatThrownBy(() -> management.executeJob(job.getId())).as("try %s", tries - retriesLeft)
				.hasMessageContaining("commendation.already-proposed");
			Job failed = proposalJob(process);
			assertThat(failed.getRetries()).as("retries left after try %s", tries - retriesLeft).isEqualTo(retriesLeft);
			assertThat(failed.getExceptionMessage()).as("why it failed, for Cockpit").isNotBlank();
			if (retriesLeft > 0) {
				// Tried again only after the back-off: the job executor will not take it before then.
				assertThat(failed.getDuedate().toInstant()).as("the next try after the back-off")
					.isBetween(tried.plus(wait).minus(MARGIN), Instant.now().plus(wait).plus(MARGIN));
			}
		}

		Incident incident = runtime.createIncidentQuery().processInstanceId(process).singleResult();
		assertThat(incident).as("an incident, as Cockpit shows it").isNotNull();
		assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
		assertThat(incident.getActivityId()).isEqualTo("proposeCommendation");
		assertThat(incident.getConfiguration()).isEqualTo(job.getId());
		assertThat(management.createJobQuery().processInstanceId(process).noRetriesLeft().count())
			.as("the job stays, with no retries left, for an operator to act on").isEqualTo(1);
		JsonNode initiative = api.get("tacgia.hn", "/api/initiatives/" + id).body();
		assertThat(initiative.path("status").asText()).as("the upload committed before the proposal").isEqualTo("PUBLISHED");
		assertThat(jdbc.queryForObject("select count(*) from commendation where initiative_id = ?", Long.class, id))
			.as("the officer's proposal only").isEqualTo(1);

		// What an operator does in Cockpit once they have read the incident: move the process past the failed step.
		runtime.createProcessInstanceModification(process).cancelAllForActivity("proposeCommendation")
			.startBeforeActivity("initiativePublished").execute();
		assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isZero();
	}

	private Job proposalJob(String process) {
		return management.createJobQuery().processInstanceId(process).activityId("proposeCommendation").singleResult();
	}
}
