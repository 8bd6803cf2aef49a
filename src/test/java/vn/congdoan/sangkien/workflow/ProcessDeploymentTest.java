package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The models of bpmn/ and the forms of forms/ are deployed together, by bare file name")
class ProcessDeploymentTest {

	/** The application's engine: after the process tests, ProcessEngines' default is their in-memory H2 engine. */
	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Test
	@DisplayName("one deployment holds the lifecycle and every form it references, named as in the repository")
	void deployedTogether() {
		Deployment deployment = repository.createDeploymentQuery()
			.deploymentName(ProcessDeployment.NAME)
			.orderByDeploymentTime().desc()
			.list().get(0);

		assertThat(repository.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
			.contains("initiative-lifecycle.bpmn", "support-team-review.form", "council-recognition.form",
					"portal-upload.form")
			.allSatisfy(name -> assertThat(name).doesNotContain("/"));
	}

	@Test
	@DisplayName("starting again with unchanged files deploys nothing new")
	void unchangedFilesAreNotDeployedAgain() {
		assertThat(engine.getRepositoryService()).as("the application's engine").isSameAs(repository);
		long before = repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME).count();

		new ProcessDeployment().postProcessEngineBuild(engine);

		assertThat(repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME).count()).isEqualTo(before);
	}
}
