package vn.congdoan.sangkien.initiative;

import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/**
 * The published initiatives, public, searchable by words of their title and summary with or without
 * Vietnamese accents, by kind, unit and phase, with their origin story. Newest first.
 * <p>
 * Anyone may ask, so each search is bounded (docs/architecture.md, "Public reads"): a few words, one of
 * them long enough for the trigram index; pages only as deep as the first results; a statement timeout;
 * and {@link PublicSearchAdmission} to keep one address, or many, from holding the database.
 */
@Service
public class PublishedInitiatives {

	static final int MAX_PAGE = 100;

	/** PostgreSQL's SQLSTATE for a statement cancelled, here by its statement timeout. */
	private static final String QUERY_CANCELED = "57014";

	/** Every word is looked for in the title and summary, unaccented and lower-cased when written (V11). */
	private static final String SEARCHED_TEXT = "i.search_words";

	private final JdbcTemplate jdbc;

	private final Units units;

	private final TransactionTemplate readOnly;

	private final PublicSearchAdmission admission;

	private final InitiativeSettings.PublicSearch limits;

	PublishedInitiatives(JdbcTemplate jdbc, Units units, PlatformTransactionManager transactions,
			PublicSearchAdmission admission, InitiativeSettings settings) {
		this.jdbc = jdbc;
		this.units = units;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.admission = admission;
		this.limits = settings.publicSearch();
	}

	/** The limits a search is held to, which the search page tells its readers. */
	public InitiativeSettings.PublicSearch limits() {
		return limits;
	}

	/**
	 * A page of the published initiatives that match, newest first.
	 * @param client the address the request came from (behind a proxy, as forwarded): the rate limit's key
	 */
	public Results search(String q, String kind, String unit, String phase, int first, int max, String client) {
		List<String> words = words(q);
		int from = Math.max(first, 0);
		if (from >= limits.maxOffset()) {
			// Nobody reads the thousandth result; reading it costs the database the whole way there.
			throw ProblemException.badRequest("search.offset-too-deep", limits.maxOffset());
		}
		int size = Math.min(Math.min(Math.max(max, 1), MAX_PAGE), limits.maxOffset() - from);
		return admission.admit(client, () -> {
			try {
				return readOnly.execute(transaction -> find(words, kind, unit, phase, from, size));
			}
			catch (DataAccessException e) {
				if (QUERY_CANCELED.equals(sqlState(e))) {
					throw ProblemException.unavailable("search.timeout", limits.statementTimeout());
				}
				throw e;
			}
		});
	}

	/** The words to look for; refused when there are too many, or when none of them can use the index. */
	private List<String> words(String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		if (q.length() > 200) {
			throw ProblemException.badRequest("search.too-long");
		}
		List<String> words = Arrays.stream(q.strip().split("\\s+"))
			.map(word -> word.replace("%", "").replace("_", ""))
			.filter(word -> !word.isEmpty())
			.toList();
		if (words.size() > limits.maxWords()) {
			throw ProblemException.badRequest("search.words.too-many", limits.maxWords());
		}
		if (!words.isEmpty() && words.stream().noneMatch(this::indexable)) {
			throw ProblemException.badRequest("search.words.too-short", limits.minWordLength());
		}
		return words;
	}

	/** A word the trigram index can look up: three letters or more (composed, so "máy" is three). */
	private boolean indexable(String word) {
		String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
		return composed.codePointCount(0, composed.length()) >= limits.minWordLength();
	}

	private Results find(List<String> words, String kind, String unit, String phase, int first, int size) {
		// Local to this transaction (is_local true), so the pool's connection comes back as it was. A plan made
		// for the words asked (the column's statistics tell a common word from a rare one), never a generic plan
		// that cannot; and one core per search, the others serve the officers (parallel plans did not help).
		jdbc.queryForList("""
				select set_config('statement_timeout', ?, true), set_config('plan_cache_mode', 'force_custom_plan', true),
				       set_config('max_parallel_workers_per_gather', '0', true)""",
				String.valueOf(limits.statementTimeout().toMillis()));
		StringBuilder sql = new StringBuilder("""
				select i.id, i.kind, i.title, i.summary, i.origin_story, i.credited_name, i.unit_code,
				       i.phase_code, i.benefit_vnd, i.portal_uploaded_at
				from initiative i
				where i.status = 'PUBLISHED'""");
		List<Object> arguments = new ArrayList<>();
		for (String word : words) {
			// A long word can use the trigram index; a short one only narrows what the long ones found, so it is
			// written so that the planner never asks the index for it (a pattern without trigrams reads it all).
			sql.append(indexable(word) ? " and " + SEARCHED_TEXT + " like '%' || search_text(?) || '%'"
					: " and strpos(" + SEARCHED_TEXT + ", search_text(?)) > 0");
			arguments.add(word);
		}
		if (kind != null && !kind.isBlank()) {
			sql.append(" and i.kind = ?");
			arguments.add(kind);
		}
		if (unit != null && !unit.isBlank()) {
			Optional<List<String>> subtree = subtree(unit);
			if (subtree.isPresent()) {
				sql.append(" and i.unit_code = any(?::varchar[])");
				arguments.add(subtree.get().toArray(String[]::new));
			}
		}
		if (phase != null && !phase.isBlank()) {
			sql.append(" and i.phase_code = ?");
			arguments.add(phase);
		}
		// One more than the page: whether there is a next page, without counting them all.
		sql.append(" order by i.portal_uploaded_at desc, i.id desc offset ? limit ?");
		arguments.add(first);
		arguments.add(size + 1);
		List<Published> found = jdbc.query(sql.toString(), (rs, n) -> new Published(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null, rs.getString(8),
				(Long) rs.getObject(9), rs.getTimestamp(10).toInstant()), arguments.toArray());
		boolean more = found.size() > size;
		List<Published> page = more ? found.subList(0, size) : found;
		if (page.isEmpty()) {
			return new Results(List.of(), first, size, false);
		}
		// The names of the page's units (a hundred at most), from the union tree.
		Map<String, String> names = units.findByCodeIn(page.stream().map(Published::unitCode).distinct().toList()).stream()
			.collect(Collectors.toMap(Unit::code, Unit::name));
		return new Results(page.stream().map(published -> published.withUnitName(names.get(published.unitCode()))).toList(),
				first, size, more);
	}

	/**
	 * The codes of a unit's subtree, or none to filter by when the unit is VGCL: every initiative is in its
	 * subtree, and its 126,000 codes would cost more than the search. An unknown unit has no initiatives.
	 */
	private Optional<List<String>> subtree(String unit) {
		return units.findByCode(unit)
			.map(found -> found.parentCode() == null ? Optional.<List<String>>empty() : Optional.of(units.selfAndDescendants(unit)))
			.orElse(Optional.of(List.of()));
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/**
	 * A page of the search: the initiatives from {@code first} on, at most {@code size}, and whether more follow.
	 */
	public record Results(List<Published> initiatives, int first, int size, boolean more) {

		public boolean hasPrevious() {
			return first > 0;
		}

		/** Where the previous page starts. */
		public int previous() {
			return Math.max(first - size, 0);
		}

		/** Where the next page starts. */
		public int next() {
			return first + size;
		}
	}

	public record Published(long id, String kind, String title, String summary, String originStory, String creditedAuthor,
			String unitCode, String unitName, String phase, Long benefitVnd, Instant publishedAt) {

		Published withUnitName(String name) {
			return new Published(id, kind, title, summary, originStory, creditedAuthor, unitCode, name, phase, benefitVnd,
					publishedAt);
		}
	}
}
