package vn.congdoan.sangkien.workflow;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

/** The Camunda Forms deployed with the processes, as the tasks reference them ({@code camunda:formRef}). */
@Component
class DeployedForms {

	private final FormService forms;

	private final ObjectMapper json;

	DeployedForms(FormService forms, ObjectMapper json) {
		this.forms = forms;
		this.json = json;
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
