package vn.congdoan.sangkien.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that only means the database did not answer (stopped, restarting, unreachable, or no
 * connection free within the pool's {@code connection-timeout}): the user may try again in a moment, so it is a
 * 503 with Retry-After, never a 500. The request was not acknowledged: a client that must not do it twice asks
 * again with the same Idempotency-Key (a commit cut off may have reached the server). Spring says so for JPA and
 * JDBC ({@link CannotCreateTransactionException}, {@link DataAccessResourceFailureException}); the pool and the
 * process engine throw or wrap the driver's errors, hence the walk through the causes.
 */
public final class DatabaseOutage {

	/** About how long PostgreSQL takes to start again after a stop: the client may ask again then. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now (starting up or shutting down). */
	private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

	/** SQL states of class 08, connection_exception (the driver's "connection refused", "I/O error"...). */
	private static final String CONNECTION_STATES = "08";

	/**
	 * What HikariCP's proxy of a connection it has closed throws, with no SQL state: a statement failed because the
	 * server went away, the pool evicted the connection, and the rollback that follows fails on it. Spring then
	 * throws the rollback's failure, not the statement's ("Application exception overridden by rollback exception").
	 */
	private static final String CLOSED_BY_THE_POOL = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean isCauseOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLException sql && connectionLost(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionLost(SQLException failure) {
		String state = failure.getSQLState();
		return state == null ? CLOSED_BY_THE_POOL.equals(failure.getMessage())
				: state.startsWith(CONNECTION_STATES) || SHUTDOWN_STATES.contains(state);
	}

	/** The refusal told to the user, on the API and on the pages alike. */
	public static ProblemException refusal() {
		return ProblemException.unavailable("database.unavailable", RETRY_AFTER);
	}
}
