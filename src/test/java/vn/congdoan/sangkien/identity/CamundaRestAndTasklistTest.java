package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakTokens;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PageUsers;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

/**
 * Camunda's authorization checks are off (the platform checks role and unit itself), so Camunda's own
 * REST API must be closed to all but {@code camunda-admin}, and Camunda's webapps must see each user
 * with the groups the platform derives.
 */
@PlatformTest
@DisplayName("Camunda's REST API and Tasklist: closed to others, the inbox's groups")
class CamundaRestAndTasklistTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JwtDecoder jwtDecoder;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	KeycloakTokens tokens;

	static final RequestPostProcessor OPERATOR = PageUsers.signedIn("quantri", "Quản trị", Role.CAMUNDA_ADMIN, null);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		identity.clearAuthentication();
	}

	@Test
	@DisplayName("/engine-rest/** answers camunda-admin only: 401 without a token, 403 to an author or an officer, 200 to quantri")
	void engineRestOnlyForCamundaAdmin() throws Exception {
		for (String path : List.of("/engine-rest/engine", "/engine-rest/task?maxResults=1", "/engine-rest/process-definition")) {
			assertThat(engineRest(path, null).statusCode()).as("%s without a token", path).isEqualTo(401);
			assertThat(engineRest(path, "tacgia.hn").statusCode()).as("%s for an author", path).isEqualTo(403);
			assertThat(engineRest(path, "khenthuong.tld").statusCode()).as("%s for a VGCL officer", path).isEqualTo(403);
			assertThat(engineRest(path, "quantri").statusCode()).as("%s for camunda-admin", path).isEqualTo(200);
		}
		assertThat(engineRest("/engine-rest/engine", "quantri").body()).contains("\"name\":\"default\"");
	}

	@Test
	@DisplayName("not even camunda-admin deploys, redeploys or deletes a deployment through /engine-rest: 403, the engine's deployments unchanged")
	void noDeploymentsFromOutside() throws Exception {
		long before = engine.getRepositoryService().createDeploymentQuery().count();
		String deployed = engine.getRepositoryService().createDeploymentQuery().orderByDeploymentTime().desc().list().get(0).getId();
		String boundary = "deployment-boundary";
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    targetNamespace="outside">
				  <process id="fromOutside" isExecutable="true" camunda:historyTimeToLive="1"><startEvent id="start"/></process>
				</definitions>""";
		String form = "--%1$s\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nfrom outside\r\n"
				.formatted(boundary)
				+ "--%1$s\r\nContent-Disposition: form-data; name=\"data\"; filename=\"outside.bpmn\"\r\nContent-Type: application/xml\r\n\r\n%2$s\r\n--%1$s--\r\n"
					.formatted(boundary, bpmn);

		for (String path : List.of("/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create")) {
			HttpResponse<String> create = engineRest("POST", path, "quantri",
					HttpRequest.BodyPublishers.ofString(form), "multipart/form-data; boundary=" + boundary);
			assertThat(create.statusCode()).as("%s %s", path, create.body()).isEqualTo(403);
			assertThat(create.body()).contains("auth.forbidden");
		}
		assertThat(engineRest("POST", "/engine-rest/deployment/" + deployed + "/redeploy", "quantri",
				HttpRequest.BodyPublishers.ofString("{}"), "application/json").statusCode()).as("redeploy").isEqualTo(403);
		assertThat(engineRest("DELETE", "/engine-rest/deployment/" + deployed + "?cascade=true", "quantri",
				HttpRequest.BodyPublishers.noBody(), null).statusCode()).as("delete").isEqualTo(403);
		assertThat(engineRest("DELETE", "/engine-rest/engine/default/deployment/" + deployed, "quantri",
				HttpRequest.BodyPublishers.noBody(), null).statusCode()).as("delete on the named engine").isEqualTo(403);

		assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
		assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deployed).count()).isEqualTo(1);
		assertThat(engineRest("/engine-rest/deployment/" + deployed, "quantri").statusCode()).as("reading stays open").isEqualTo(200);
	}

	@Test
	@DisplayName("Cockpit's copy of the REST API refuses the same to camunda-admin's page session: 403 before Camunda sees it")
	void noDeploymentsThroughCockpit() throws Exception {
		// MockMvc runs the security chains without Camunda's webapp filters: what passes them ends in a 404 here.
		String deployed = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
		String cockpitApi = "/camunda/api/engine/engine/default/deployment";

		mvc.perform(delete(cockpitApi + "/" + deployed).with(OPERATOR)).andExpect(status().isForbidden());
		mvc.perform(post(cockpitApi + "/create").with(OPERATOR)).andExpect(status().isForbidden());
		mvc.perform(post(cockpitApi + "/" + deployed + "/redeploy").with(OPERATOR)).andExpect(status().isForbidden());
		mvc.perform(get(cockpitApi).with(OPERATOR)).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("an author signed in to the pages cannot reach /engine-rest/** with their session either")
	void engineRestNotThroughAPageSession() throws Exception {
		LoginSession browser = new LoginSession(port);
		assertThat(browser.signInAt("/my-initiatives", "tacgia.hn").statusCode()).isEqualTo(200);

		HttpResponse<String> engines = browser.get("/engine-rest/engine");
		HttpResponse<String> tasks = browser.get("/engine-rest/task");

		assertThat(engines.statusCode()).as("%s %s", engines.uri(), engines.body()).isIn(401, 403);
		assertThat(tasks.statusCode()).as("%s %s", tasks.uri(), tasks.body()).isIn(401, 403);
	}

	@Test
	@DisplayName("a Tasklist filter on the current user's groups, run as the webapps authenticate the user, lists the tasks of the user's inbox")
	void tasklistShowsTheInbox() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Cùng công việc ở Tasklist");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwtDecoder.decode(
				tokens.accessToken("hoidong.hn"))));

		AuthenticationResult webapp = new CamundaWebappAuthentication().extractAuthenticatedUser(null, engine);

		assertThat(webapp.isAuthenticated()).isTrue();
		assertThat(webapp.getAuthenticatedUser()).isEqualTo("hoidong.hn");
		assertThat(webapp.getGroups()).containsExactlyInAnyOrderElementsOf(new CurrentUser().get().candidateGroups())
			.contains("council:CDCS-01-0001");
		Filter groupTasks = filters.saveFilter(filters.newTaskFilter("Việc của nhóm tôi")
			.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
				.includeAssignedTasks()));
		try {
			identity.setAuthentication(webapp.getAuthenticatedUser(), webapp.getGroups(), webapp.getTenants());
			Set<String> tasklist = new HashSet<>();
			for (Task task : filters.<Task>list(groupTasks.getId())) {
				tasklist.add(task.getId());
			}
			identity.clearAuthentication();

			Set<String> inbox = new HashSet<>(api.get("hoidong.hn", "/api/tasks?max=200").body().findValuesAsText("id"));
			assertThat(inbox).hasSizeLessThan(200).contains(steps.taskOf(id, "councilRecognition").getId());
			assertThat(tasklist).isEqualTo(inbox);
		}
		finally {
			filters.deleteFilter(groupTasks.getId());
		}
	}

	/** Camunda's REST API as a program calls it: a bearer token or none, redirects not followed. */
	private HttpResponse<String> engineRest(String path, String username) throws Exception {
		return engineRest("GET", path, username, HttpRequest.BodyPublishers.noBody(), null);
	}

	private HttpResponse<String> engineRest(String method, String path, String username, HttpRequest.BodyPublisher body,
			String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (username != null) {
			request.header("Authorization", "Bearer " + tokens.accessToken(username));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
