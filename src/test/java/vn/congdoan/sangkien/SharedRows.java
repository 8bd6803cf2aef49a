package vn.congdoan.sangkien;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Rows of a table that every test class of the run shares (one database per run): kept before a test
 * writes over them, and put back afterwards, so that no other class sees what this one wrote.
 */
public final class SharedRows {

	private final JdbcTemplate jdbc;

	private final String table;

	private final String where;

	private final Object[] arguments;

	private final List<Map<String, Object>> rows;

	private SharedRows(JdbcTemplate jdbc, String table, String where, Object[] arguments) {
		this.jdbc = jdbc;
		this.table = table;
		this.where = where;
		this.arguments = arguments;
		this.rows = jdbc.queryForList("select * from " + table + " where " + where, arguments);
	}

	/** The rows of the table that match the condition, as they are now. */
	public static SharedRows keep(JdbcTemplate jdbc, String table, String where, Object... arguments) {
		return new SharedRows(jdbc, table, where, arguments);
	}

	/** The matching rows as they were kept: those written since are gone, those deleted are back. */
	public void restore() {
		jdbc.update("delete from " + table + " where " + where, arguments);
		SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName(table);
		rows.forEach(insert::execute);
	}
}
