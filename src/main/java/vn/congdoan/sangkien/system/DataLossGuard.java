package vn.congdoan.sangkien.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Refuses an upgrade whose migrations would throw data away, before Flyway applies any of them: a pending SQL
 * migration that drops or empties a table holding rows, deletes rows that exist, drops a column holding values or
 * changes the type of such a column. The programme's record is kept for good (docs/operations.md, "Retention"), so
 * a migration that means to move data writes where it went, on a line of its own that the guard reads:
 * {@code -- keeps data: contributor.share copied to contribution.share above}. A table or column that is empty, or
 * that a pending migration creates, is no risk. Flyway applies the pending migrations in one transaction
 * ({@code spring.flyway.group}), so a migration that fails for another reason leaves nothing applied either.
 */
@Component
public class DataLossGuard implements Callback {

	private static final Pattern DECLARED = Pattern.compile("(?im)^\\s*--\\s*keeps data:\\s*([\\w.]+)");

	private static final String NAME = "((?:\\w+\\.)?\\w+)";

	private static final Pattern DROP_TABLE = Pattern
		.compile("^drop table (?:if exists )?((?:\\w+\\.)?\\w+(?:\\s*,\\s*(?:\\w+\\.)?\\w+)*)");

	private static final Pattern TRUNCATE = Pattern
		.compile("^truncate (?:table )?(?:only )?((?:\\w+\\.)?\\w+(?:\\s*,\\s*(?:\\w+\\.)?\\w+)*)");

	private static final Pattern DELETE = Pattern.compile("^delete from (?:only )?" + NAME + "(.*)$");

	private static final Pattern ALTER_TABLE = Pattern.compile("^alter table (?:if exists )?(?:only )?" + NAME + " (.*)$");

	private static final Pattern DROP_COLUMN = Pattern.compile("^drop (?:column )?(?:if exists )?(\\w+)");

	private static final Pattern CHANGE_TYPE = Pattern.compile("^alter (?:column )?(\\w+) (?:set data )?type ");

	/** A schema, a database or a role's objects dropped: never a migration's business, whatever they hold. */
	private static final String WHOLESALE = "drops wholesale:";

	private static final Pattern DROP_SCHEMA = Pattern.compile("^drop (?:schema|database|owned) ");

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Configuration configuration = context.getConfiguration();
		List<String> losses = new ArrayList<>();
		for (MigrationInfo pending : Flyway.configure().configuration(configuration).load().info().pending()) {
			Optional<String> script = script(configuration, pending.getScript());
			if (script.isEmpty()) {
				continue;
			}
			for (Risk risk : risks(script.get())) {
				if (holdsData(context.getConnection(), risk)) {
					losses.add("V" + pending.getVersion() + " (" + pending.getScript() + ") " + risk.describe());
				}
			}
		}
		if (!losses.isEmpty()) {
			throw new FlywayException("Nothing was migrated: these migrations would lose data - "
					+ String.join("; ", losses) + ". Move the data first and write where it went on a line of the migration: "
					+ "-- keeps data: <table>[.<column>] <where it went>");
		}
	}

	@Override
	public String getCallbackName() {
		return "data loss guard";
	}

	/** What a migration's statements would throw away if the objects they name hold data, less what it declares kept. */
	static List<Risk> risks(String sql) {
		Set<String> declared = new LinkedHashSet<>();
		Matcher declaration = DECLARED.matcher(sql);
		while (declaration.find()) {
			declared.add(declaration.group(1).toLowerCase(Locale.ROOT));
		}
		List<Risk> risks = new ArrayList<>();
		for (String statement : statements(sql)) {
			risks.addAll(risksOf(statement));
		}
		return risks.stream().filter(risk -> !declared.contains(risk.object())).toList();
	}

	private static List<Risk> risksOf(String statement) {
		Matcher matcher;
		if ((matcher = DROP_TABLE.matcher(statement)).find() || (matcher = TRUNCATE.matcher(statement)).find()) {
			String verb = statement.startsWith("drop") ? "drops table" : "empties table";
			return Arrays.stream(matcher.group(1).split("\\s*,\\s*"))
				.map(table -> new Risk(verb, table, null, null))
				.toList();
		}
		if ((matcher = DELETE.matcher(statement)).find()) {
			String rest = matcher.group(2).replaceFirst(" returning .*$", "").replaceFirst("^ using ", ", ");
			return List.of(new Risk("deletes rows of", matcher.group(1), null, rest));
		}
		if ((matcher = ALTER_TABLE.matcher(statement)).find()) {
			String table = matcher.group(1);
			List<Risk> risks = new ArrayList<>();
			for (String action : topLevelParts(matcher.group(2))) {
				Matcher column;
				if ((column = DROP_COLUMN.matcher(action)).find() && !column.group(1).equals("constraint")) {
					risks.add(new Risk("drops column", table, column.group(1), null));
				}
				else if ((column = CHANGE_TYPE.matcher(action)).find()) {
					risks.add(new Risk("changes the type of column", table, column.group(1), null));
				}
			}
			return risks;
		}
		if (DROP_SCHEMA.matcher(statement).find()) {
			return List.of(new Risk(WHOLESALE, statement, null, null));
		}
		return List.of();
	}

	/**
	 * The statements of a script, lower case, one space between words, without comments, string literals or
	 * dollar-quoted bodies (a function that deletes rows when it is called deletes nothing when it is created).
	 */
	private static List<String> statements(String sql) {
		String bare = sql.replaceAll("(?s)\\$(\\w*)\\$.*?\\$\\1\\$", "''")
			.replaceAll("(?s)/\\*.*?\\*/", " ")
			.replaceAll("--[^\\n]*", " ")
			.replaceAll("'(?:[^']|'')*'", "''");
		return Arrays.stream(bare.split(";"))
			.map(statement -> statement.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT))
			.filter(statement -> !statement.isEmpty())
			.toList();
	}

	/** The comma-separated actions of an ALTER TABLE, commas inside parentheses left alone. */
	private static List<String> topLevelParts(String actions) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		StringBuilder part = new StringBuilder();
		for (char c : actions.toCharArray()) {
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (c == ',' && depth == 0) {
				parts.add(part.toString().strip());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString().strip());
		return parts;
	}

	private static boolean holdsData(Connection connection, Risk risk) {
		if (risk.verb().equals(WHOLESALE)) {
			return true;
		}
		try {
			if (!exists(connection, risk)) {
				return false;
			}
			String where = risk.column() == null ? "" : " where " + risk.column() + " is not null";
			String query = risk.rest() == null ? "select exists (select 1 from " + risk.table() + where + ")"
					: "select exists (select 1 from " + risk.table() + risk.rest() + ")";
			try (PreparedStatement statement = connection.prepareStatement(query); ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
		catch (SQLException e) {
			throw new FlywayException("The data loss guard could not check " + risk.describe() + ": " + e.getMessage(), e);
		}
	}

	/** Whether the table (and column) exist already: one that a pending migration creates holds nothing yet. */
	private static boolean exists(Connection connection, Risk risk) throws SQLException {
		String query = risk.column() == null ? "select to_regclass(?) is not null"
				: "select exists (select 1 from pg_attribute where attrelid = to_regclass(?) and attname = ? and not attisdropped)";
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, risk.table());
			if (risk.column() != null) {
				statement.setString(2, risk.column());
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** The text of a pending SQL migration, looked up in Flyway's locations (none for a Java migration). */
	private static Optional<String> script(Configuration configuration, String name) {
		if (name == null || !name.endsWith(".sql")) {
			return Optional.empty();
		}
		DefaultResourceLoader loader = new DefaultResourceLoader(configuration.getClassLoader());
		for (Location location : configuration.getLocations()) {
			String root = (location.isClassPath() ? "classpath:" : "file:") + location.getRootPath() + "/";
			Resource resource = loader.getResource(root + name);
			if (resource.exists()) {
				try (InputStream in = resource.getInputStream()) {
					return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
				catch (IOException e) {
					throw new FlywayException("The data loss guard could not read " + resource + ": " + e.getMessage(), e);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * One thing a statement would throw away if it held data: a table, a column of it, or the rows of a delete
	 * ({@code rest}: its FROM list's remainder and WHERE clause).
	 */
	record Risk(String verb, String table, String column, String rest) {

		String object() {
			return column == null ? table : table + "." + column;
		}

		String describe() {
			return verb + " " + object() + (verb.equals(WHOLESALE) ? "" : ", which holds data");
		}

		@Override
		public String toString() {
			return describe();
		}
	}
}
