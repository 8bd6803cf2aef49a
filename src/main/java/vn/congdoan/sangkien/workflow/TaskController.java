package vn.congdoan.sangkien.workflow;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The task inbox of the current user's role and unit")
class TaskController {

	private final TaskInbox inbox;

	private final TaskDecisions decisions;

	private final CurrentUser currentUser;

	TaskController(TaskInbox inbox, TaskDecisions decisions, CurrentUser currentUser) {
		this.inbox = inbox;
		this.decisions = decisions;
		this.currentUser = currentUser;
	}

	@GetMapping
	@Operation(summary = "Tasks of the current user's candidate groups (role:unit), oldest first")
	List<TaskInbox.InboxTask> inbox(@RequestParam(defaultValue = "0") int first,
			@RequestParam(defaultValue = "50") int max) {
		return inbox.of(currentUser.get(), first, max);
	}

	@PostMapping("/{taskId}/claim")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "task.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.not-yours")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.escalated-read-only")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.own-initiative")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.claimed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.changed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.already-completed")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.ended")
	@Operation(summary = "Take a task of one's group")
	ResponseEntity<Void> claim(@PathVariable String taskId) {
		decisions.claim(currentUser.get(), taskId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{taskId}/unclaim")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "task.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.not-yours")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.escalated-read-only")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.own-initiative")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.claimed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.changed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.already-completed")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.ended")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.not-unclaimable")
	@Operation(summary = "Give a task back to one's group")
	ResponseEntity<Void> unclaim(@PathVariable String taskId) {
		decisions.unclaim(currentUser.get(), taskId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{taskId}/complete")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "task.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.not-yours")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.escalated-read-only")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "task.own-initiative")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.claimed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.changed-by-other")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.already-completed")
	@Refusal(status = HttpStatus.CONFLICT, code = "task.ended")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "task.form.invalid")
	@Operation(summary = "Complete a task with the values of its form (checked against forms/*.form)")
	ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> values) {
		decisions.complete(currentUser.get(), taskId, values);
		return ResponseEntity.noContent().build();
	}
}
