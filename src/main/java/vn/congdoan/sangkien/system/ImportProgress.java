package vn.congdoan.sangkien.system;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far the imports of large files are, for the page's progress bar to poll: keyed by an id the page makes up,
 * kept in the table {@code import_progress} for ten minutes. The import runs in the request on one node, the
 * polls reach any node: in memory, the other nodes would not know the import. Each report is committed at once,
 * in a transaction of its own (the import's stays open until its last row): a few rows per import (one per step
 * and per chunk of 5,000 rows), a row that changes nothing otherwise.
 */
@Component
public class ImportProgress {

	/** The longest id followed: the page's is a UUID, and a longer one must not fail the import it comes with. */
	static final int MAX_ID = 64;

	/** What an import is doing (reading, checking, writing, done or refused) and how many rows of how many. */
	public record Progress(String step, int done, int total) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	ImportProgress(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records the step of the import with this id; an import without an id (the API's) is not followed. */
	public void report(String id, String step, int done, int total) {
		if (id == null || id.isBlank() || id.length() > MAX_ID) {
			return;
		}
		ownTransaction.executeWithoutResult(status -> {
			jdbc.update("delete from import_progress where updated_at < now() - interval '10 minutes'");
			jdbc.update("""
					insert into import_progress (id, step, done, total) values (?, ?, ?, ?)
					on conflict (id) do update set step = excluded.step, done = excluded.done, total = excluded.total,
					    updated_at = now()""", id, step, done, total);
		});
	}

	public Progress of(String id) {
		List<Progress> found = jdbc.query("select step, done, total from import_progress where id = ?",
				(rs, row) -> new Progress(rs.getString(1), rs.getInt(2), rs.getInt(3)), id);
		return found.isEmpty() ? new Progress("waiting", 0, 0) : found.get(0);
	}
}
