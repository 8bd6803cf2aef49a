package vn.congdoan.sangkien.workflow;

import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.system.ProblemException;

/**
 * The answer to a failure on a task that another person may complete, claim or change at the same
 * moment: the loser of such a race gets a 409 that says what happened, never a 500; a task that is not
 * there says whether it was completed, ended otherwise, or never was.
 */
@Component
class TaskRaceAnswers {

	private final TaskService tasks;

	private final HistoryService history;

	private final TransactionTemplate lookingAfresh;

	TaskRaceAnswers(TaskService tasks, HistoryService history, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.history = history;
		this.lookingAfresh = new TransactionTemplate(transactions);
		this.lookingAfresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lookingAfresh.setReadOnly(true);
	}

	/** Does the work on the task; a failure of it comes back as what happened to the task meanwhile. */
	<T> T whileThere(String taskId, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ProblemException e) {
			if (e.status() != HttpStatus.CONFLICT && e.status() != HttpStatus.BAD_REQUEST) {
				throw e;
			}
			// A decision reads the task once (OneEngineCommand): when a colleague completed it since, the BPMN's
			// rules may refuse the stale view before the engine's optimistic lock would have. Gone is the answer.
			throw afresh(e, () -> tasks.createTaskQuery().taskId(taskId).count() == 0 ? missing(taskId) : e);
		}
		catch (TaskAlreadyClaimedException e) {
			throw ProblemException.conflict("task.claimed-by-other", e.getTaskAssignee());
		}
		catch (OptimisticLockingException e) {
			// Someone else changed the task first: they hold it now, have completed it, or changed it otherwise.
			throw afresh(e, () -> {
				Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
				if (now == null) {
					return missing(taskId);
				}
				return now.getAssignee() == null ? ProblemException.conflict("task.changed-by-other")
						: ProblemException.conflict("task.claimed-by-other", now.getAssignee());
			});
		}
		catch (RuntimeException e) {
			ProblemException problem = ProblemException.causeOf(e).orElse(null);
			if (problem != null) {
				throw problem;
			}
			// The engine fails in more ways than one on a task that vanished under it (reading the form of a
			// task completed a moment ago is a NullPointerException inside Camunda): whatever it was, a task
			// gone meanwhile is answered as such.
			throw afresh(e, () -> tasks.createTaskQuery().taskId(taskId).count() == 0 ? missing(taskId) : e);
		}
	}

	/**
	 * Why a task is not there: it has been completed (by anyone), it ended without that (the initiative
	 * withdrawn, its upload window closed), or it never was.
	 */
	ProblemException missing(String taskId) {
		HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (ended == null) {
			return ProblemException.notFound("task.not-found", taskId);
		}
		// Camunda's delete reason of a task that was completed.
		return "completed".equals(ended.getDeleteReason()) ? ProblemException.conflict("task.already-completed")
				: ProblemException.conflict("task.ended");
	}

	/**
	 * The answer to a failure, from a fresh look at the task in a transaction of its own (the failed one
	 * may be marked for rollback, or refuse every statement after a failed one). If even that look
	 * fails, the first failure stands.
	 */
	private RuntimeException afresh(RuntimeException failure, Supplier<RuntimeException> answer) {
		try {
			return lookingAfresh.execute(status -> answer.get());
		}
		catch (RuntimeException lookFailed) {
			failure.addSuppressed(lookFailed);
			return failure;
		}
	}
}
