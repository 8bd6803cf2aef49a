package vn.congdoan.sangkien.workflow;

import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

/**
 * A process whose only step is one user task, deployed to the in-memory engine of a workflow test and started, so
 * that the test acts on a real task without the platform's models; {@link #remove()} takes it away with its history.
 */
final class OneTaskProcess {

	private final RepositoryService repository;

	private final String deployment;

	private final Task task;

	private OneTaskProcess(RepositoryService repository, String deployment, Task task) {
		this.repository = repository;
		this.deployment = deployment;
		this.task = task;
	}

	/** Process {@code key} waiting at its plain user task {@code decide}. */
	static OneTaskProcess started(ProcessEngine engine, String key) {
		return started(engine, key, "decide", UnaryOperator.identity());
	}

	/**
	 * Process {@code key} waiting at user task {@code taskId}, shaped by {@code userTask} (a form, candidate groups),
	 * deployed together with the classpath {@code resources} it refers to.
	 */
	static OneTaskProcess started(ProcessEngine engine, String key, String taskId, UnaryOperator<UserTaskBuilder> userTask,
			String... resources) {
		RepositoryService repository = engine.getRepositoryService();
		DeploymentBuilder deployment = repository.createDeployment();
		for (String resource : resources) {
			deployment.addClasspathResource(resource);
		}
		String deploymentId = deployment
			.addModelInstance(key + ".bpmn", userTask
				.apply(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask(taskId))
				.endEvent()
				.done())
			.deploy()
			.getId();
		String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
		return new OneTaskProcess(repository, deploymentId,
				engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult());
	}

	Task task() {
		return task;
	}

	void remove() {
		repository.deleteDeployment(deployment, true);
	}
}
