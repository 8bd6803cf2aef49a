package vn.congdoan.sangkien.initiative;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.membership.TargetGroup;

/**
 * The initiatives as the reports of read them: a unit's subtree row by row for its Excel export, the
 * published ones for the open data, and counts per unit and per target group. Rows are streamed from a
 * cursor ({@link #FETCH_SIZE} at a time, in a read-only transaction: PostgreSQL's driver only streams with
 * autocommit off) and handed to the caller one by one, so 500,000 of them never stand in memory at once.
 * Never the confidential content (Circular 18/2013), which stays in the unit ({@link InitiativeAccess}).
 */
@Service
public class ReportedInitiatives {

	static final int FETCH_SIZE = 1_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	ReportedInitiatives(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Every initiative of these units submitted at least once (a draft is its author's alone), by number; every
	 * initiative of the platform when no units are given (VGCL's subtree is everything: its 126,000 codes would cost
	 * more than the filter saves).
	 */
	public void ofUnits(Optional<Collection<String>> units, Consumer<Row> each) {
		String filter = units.isPresent() ? " and unit_code = any(?::varchar[])" : "";
		Object[] arguments = units.map(codes -> new Object[] { codes.toArray(String[]::new) }).orElse(new Object[0]);
		stream("""
				select id, title, unit_code, kind, status, submitted_at, recognition_date, portal_uploaded_at
				from initiative where status <> 'DRAFT'""" + filter + " order by id",
				rs -> each.accept(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						InitiativeStatus.valueOf(rs.getString(5)), instant(rs, 6), rs.getObject(7, LocalDate.class),
						instant(rs, 8))),
				arguments);
	}

	/** The published initiatives, by number, with what anyone may read of them: open data. */
	public void published(Consumer<OpenRow> each) {
		stream("""
				select id, title, summary, unit_code, kind, recognition_date, portal_uploaded_at
				from initiative where status = 'PUBLISHED' order by id""",
				rs -> each.accept(new OpenRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getObject(6, LocalDate.class), instant(rs, 7))));
	}

	/**
	 * per target group, the contributors credited on the published initiatives of these units (all units when
	 * none are given) and the initiatives that credit at least one of the group.
	 */
	public Map<TargetGroup, GroupCount> publishedByTargetGroup(Optional<Collection<String>> units) {
		String filter = units.isPresent() ? " and i.unit_code = any(?::varchar[])" : "";
		Object[] arguments = units.map(codes -> new Object[] { codes.toArray(String[]::new) }).orElse(new Object[0]);
		Map<TargetGroup, GroupCount> counts = new EnumMap<>(TargetGroup.class);
		readOnly.executeWithoutResult(transaction -> jdbc.query("""
				select c.target_group, count(*), count(distinct c.initiative_id)
				from contributor c join initiative i on i.id = c.initiative_id
				where i.status = 'PUBLISHED'""" + filter + " group by c.target_group",
				rs -> {
					counts.put(TargetGroup.valueOf(rs.getString(1)), new GroupCount(rs.getLong(2), rs.getLong(3)));
				}, arguments));
		return counts;
	}

	/** How many initiatives each unit had published on the portal in {@code [from, to)}: a month's report. */
	public Map<String, Long> publishedByUnit(Instant from, Instant to) {
		Map<String, Long> counts = new HashMap<>();
		readOnly.executeWithoutResult(transaction -> jdbc.query("""
				select unit_code, count(*) from initiative
				where status = 'PUBLISHED' and portal_uploaded_at >= ? and portal_uploaded_at < ?
				group by unit_code""",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, Timestamp.from(from), Timestamp.from(to)));
		return counts;
	}

	private void stream(String sql, RowCallbackHandler each, Object... arguments) {
		readOnly.executeWithoutResult(transaction -> jdbc.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
					ResultSet.CONCUR_READ_ONLY);
			statement.setFetchSize(FETCH_SIZE);
			new ArgumentPreparedStatementSetter(arguments).setValues(statement);
			return statement;
		}, each));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An initiative of a unit's subtree as its Excel export lists it. */
	public record Row(long number, String title, String unitCode, String kind, InitiativeStatus status,
			Instant submittedAt, LocalDate recognitionDate, Instant uploadedAt) {
	}

	/** A published initiative as open data: nothing its authors or the unit keep to themselves. */
	public record OpenRow(long number, String title, String summary, String unitCode, String kind,
			LocalDate recognitionDate, Instant uploadedAt) {
	}

	/** the contributors of a target group credited on published initiatives, and those initiatives. */
	public record GroupCount(long contributors, long initiatives) {
	}
}
