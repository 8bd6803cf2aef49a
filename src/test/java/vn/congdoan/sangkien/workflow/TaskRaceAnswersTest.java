package vn.congdoan.sangkien.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import vn.congdoan.sangkien.system.ProblemException;

@DisplayName("The answer to the loser of a race on a task: what happened to it meanwhile, never a 500")
class TaskRaceAnswersTest {

	/** The engine of the process tests: real tasks, completions and history, in memory, without Spring. */
	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.cfg.xml")
		.build();

	PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	ProcessEngine processEngine;

	TaskService tasks;

	TaskRaceAnswers races;

	OneTaskProcess process;

	Task task;

	@BeforeEach
	void oneTaskWaiting(ProcessEngine processEngine) {
		this.processEngine = processEngine;
		tasks = processEngine.getTaskService();
		process = OneTaskProcess.started(processEngine, "taskRaces");
		task = process.task();
		races = new TaskRaceAnswers(tasks, processEngine.getHistoryService(), transactions);
	}

	@AfterEach
	void removeIt() {
		process.remove();
	}

	@Test
	@DisplayName("work that succeeds returns its result, and no fresh look is taken")
	void noRaceNoAnswer() {
		assertThat(races.whileThere(task.getId(), () -> "done")).isEqualTo("done");
		verifyNoInteractions(transactions);
	}

	@Test
	@DisplayName("a task a colleague completed a moment before: 409 task.already-completed")
	void completedMeanwhile() {
		tasks.complete(task.getId());

		assertAnswer(catchThrowable(() -> races.whileThere(task.getId(), () -> {
			tasks.complete(task.getId());
			return null;
		})), HttpStatus.CONFLICT, "task.already-completed");
	}

	@Test
	@DisplayName("a task that ended without being completed (the initiative withdrawn): 409 task.ended")
	void endedMeanwhile() {
		processEngine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "withdrawn");

		assertAnswer(catchThrowable(() -> races.whileThere(task.getId(), () -> {
			tasks.claim(task.getId(), "hotro");
			return null;
		})), HttpStatus.CONFLICT, "task.ended");
	}

	@Test
	@DisplayName("a task that never was: 404 task.not-found")
	void neverWas() {
		assertAnswer(catchThrowable(() -> races.whileThere("no-such-task", () -> {
			tasks.claim("no-such-task", "hotro");
			return null;
		})), HttpStatus.NOT_FOUND, "task.not-found");
		assertThat(races.missing("no-such-task").code()).isEqualTo("task.not-found");
	}

	@Test
	@DisplayName("a task a colleague claimed first: 409 task.claimed-by-other, naming them")
	void claimedFirst() {
		tasks.claim(task.getId(), "hotro2");

		Throwable answer = catchThrowable(() -> races.whileThere(task.getId(), () -> {
			tasks.claim(task.getId(), "hotro");
			return null;
		}));

		assertAnswer(answer, HttpStatus.CONFLICT, "task.claimed-by-other");
		assertThat(((ProblemException) answer).arguments()).containsExactly("hotro2");
	}

	@Test
	@DisplayName("a write lost to a colleague who now holds the task: 409 task.claimed-by-other, naming them")
	void lostToAColleagueWhoHoldsIt() {
		tasks.claim(task.getId(), "hotro2");

		Throwable answer = catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw new OptimisticLockingException("the colleague's write came first");
		}));

		assertAnswer(answer, HttpStatus.CONFLICT, "task.claimed-by-other");
		assertThat(((ProblemException) answer).arguments()).containsExactly("hotro2");
	}

	@Test
	@DisplayName("a write lost to a change that left the task unheld: 409 task.changed-by-other")
	void lostToAnotherChange() {
		assertAnswer(catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw new OptimisticLockingException("the colleague's write came first");
		})), HttpStatus.CONFLICT, "task.changed-by-other");
	}

	@Test
	@DisplayName("a write lost to a completion: 409 task.already-completed")
	void lostToACompletion() {
		tasks.complete(task.getId());

		assertAnswer(catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw new OptimisticLockingException("the colleague's write came first");
		})), HttpStatus.CONFLICT, "task.already-completed");
	}

	@Test
	@DisplayName("the fresh look is taken in a read-only transaction of its own, as the failed one may be spoilt")
	void freshLookInATransactionOfItsOwn() {
		tasks.complete(task.getId());
		ArgumentCaptor<TransactionDefinition> look = ArgumentCaptor.forClass(TransactionDefinition.class);

		catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw new OptimisticLockingException("the colleague's write came first");
		}));

		verify(transactions).getTransaction(look.capture());
		assertThat(look.getValue().getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThat(look.getValue().isReadOnly()).isTrue();
	}

	@Test
	@DisplayName("when even the fresh look fails, the first failure stands, with the look's failure beside it")
	void freshLookFails() {
		CannotCreateTransactionException lookFailed = new CannotCreateTransactionException("database gone");
		when(transactions.getTransaction(any())).thenThrow(lookFailed);
		OptimisticLockingException first = new OptimisticLockingException("the colleague's write came first");

		Throwable answer = catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw first;
		}));

		assertThat(answer).isSameAs(first);
		assertThat(answer.getSuppressed()).containsExactly(lookFailed);
	}

	@Test
	@DisplayName("a refusal the engine wrapped (a listener's) comes out as itself")
	void refusalUnwrapped() {
		ProblemException refusal = ProblemException.conflict("initiative.upload-window-closed");

		Throwable answer = catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw new ProcessEngineException("listener failed", refusal);
		}));

		assertThat(answer).isSameAs(refusal);
		verifyNoInteractions(transactions);
	}

	@Test
	@DisplayName("a failure on a task that is still there stays what it was")
	void failureOnATaskStillThere() {
		IllegalStateException failure = new IllegalStateException("the form cannot be read");

		Throwable answer = catchThrowable(() -> races.whileThere(task.getId(), () -> {
			throw failure;
		}));

		assertThat(answer).isSameAs(failure);
	}

	private static void assertAnswer(Throwable answer, HttpStatus status, String code) {
		assertThat(answer).isInstanceOf(ProblemException.class);
		assertThat(((ProblemException) answer).code()).isEqualTo(code);
		assertThat(((ProblemException) answer).status()).isEqualTo(status);
	}
}
