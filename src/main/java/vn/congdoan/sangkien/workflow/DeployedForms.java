package vn.congdoan.sangkien.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The Camunda Forms deployed with the processes, as the tasks reference them ({@code camunda:formRef}). */
@Component
class DeployedForms {

	private final FormService forms;

	private final ObjectMapper json;

	/** By process definition and task: every model binds its forms to its own deployment (formRefBinding="deployment"). */
	private final Map<String, FormSchema> byTaskDefinition = new ConcurrentHashMap<>();

	DeployedForms(FormService forms, ObjectMapper json) {
		this.forms = forms;
		this.json = json;
	}

	/**
	 * The schema of the task's form, read once per process definition and task: a deployment never
	 * changes, and reading and parsing the form again took a command, a query and a JSON parse of every
	 * completion (docs/benchmarks/README.md, the profile).
	 */
	FormSchema of(Task task) {
		if (task.getProcessDefinitionId() == null) {
			return of(task.getId());
		}
		return byTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
				definition -> of(task.getId()));
	}

	/** The schema of the task's form: what its page shows and what its completion is checked against. */
	FormSchema of(String taskId) {
		try (InputStream form = forms.getDeployedTaskForm(taskId)) {
			return FormSchema.of(json.readTree(form));
		}
		catch (IOException e) {
			throw new IllegalStateException("The form of task " + taskId + " cannot be read", e);
		}
	}
}
