package vn.congdoan.sangkien.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;

@PlatformTest
@DisplayName("R-5.3: the member uploads their own recognised initiative to the portal, as the union's officer may")
class OwnUploadApiTest {

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	@DisplayName("R-5.3: the author finds the upload among their tasks and uploads in the window: published; another member may not")
	void authorUploadsTheirOwn() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Máy cắt vải tự động tự làm");
		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.hn", id, "councilRecognition", Steps.RECOGNISE);
		Task upload = steps.taskOf(id, "portalUpload");

		assertThat(api.get("tacgia.hn", "/api/tasks?max=200").body().findValuesAsText("initiativeId"))
			.contains(String.valueOf(id));
		assertThat(api.get("tacgia.dn", "/api/tasks?max=200").body().findValuesAsText("initiativeId"))
			.doesNotContain(String.valueOf(id));
		ApiClient.Response other = api.post("tacgia.dn", "/api/tasks/" + upload.getId() + "/complete", "{\"uploadedToPortal\":true}");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body().path("code").asText()).isEqualTo("task.not-yours");

		ApiClient.Response own = api.post("tacgia.hn", "/api/tasks/" + upload.getId() + "/complete", "{\"uploadedToPortal\":true}");

		assertThat(own.statusCode()).as("%s", own.body()).isEqualTo(204);
		assertThat(api.get("tacgia.hn", "/api/initiatives/" + id).body().path("status").asText()).isEqualTo("PUBLISHED");
		EventPublications.awaitAllHandled(jdbc);
	}
}
