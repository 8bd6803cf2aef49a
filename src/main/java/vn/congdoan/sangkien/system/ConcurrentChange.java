package vn.congdoan.sangkien.system;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises a failure that only means two requests raced for the same rows: the loser may simply try
 * again, so it is a 409 for the user, never a 500. Spring translates JPA versions, lock waits, deadlocks and
 * serialization failures to {@link ConcurrencyFailureException}; the process engine throws its own
 * {@link OptimisticLockingException} or wraps PostgreSQL's error, hence the walk through the causes.
 */
public final class ConcurrentChange {

	/** PostgreSQL's serialization_failure and deadlock_detected. */
	private static final Set<String> RACE_STATES = Set.of("40001", "40P01");

	public static final String CODE = "request.concurrent-change";

	private ConcurrentChange() {
	}

	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException
					|| cause instanceof OptimisticLockingException
					|| cause instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
