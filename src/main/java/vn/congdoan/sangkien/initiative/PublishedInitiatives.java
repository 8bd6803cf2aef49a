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
 * them three letters or longer; pages only as deep as the first results; a statement timeout; and
 * {@link PublicSearchAdmission} to keep one address, or many, from holding the database.
 */
@Service
public class PublishedInitiatives {

	static final int MAX_PAGE = 100;

	/** PostgreSQL's SQLSTATE for a statement cancelled, here by its statement timeout. */
	static final String QUERY_CANCELED = "57014";

	private static final String SELECT = """
			select i.id, i.kind, i.title, i.summary, i.origin_story, i.credited_name, i.unit_code,
			       i.phase_code, i.benefit_vnd, i.portal_uploaded_at
			""";

	private static final String PUBLISHED = "from initiative i";

	/** The newest published rows (V11's index on the list's order), with the columns a search reads. */
	private static final String NEWEST_PUBLISHED = """
			from (select id, kind, title, summary, origin_story, credited_name, unit_code, phase_code, benefit_vnd,
			             portal_uploaded_at, status, search_words
			      from initiative where status = 'PUBLISHED' order by portal_uploaded_at desc, id desc limit ?) i""";

	/**
	 * How many of the newest published rows a search reads before it asks the trigram index: 2.5 ms for
	 * 5,000 rows with three words; a word in one row of a hundred fills a page of 50 there.
	 */
	static final int NEWEST_WINDOW = 5_000;

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

	/**
	 * The words to look for; refused when there are too many, or when all are short: the trigrams of a one- or
	 * two-letter word ("  x", " xe") are in a large share of rows, so such words only narrow a longer one's.
	 */
	private List<String> words(String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		if (q.length() > 200) {
			throw ProblemException.badRequest("search.too-long");
		}
		// Words as the text's column holds them (V11): letters and digits, anything else separates them.
		List<String> words = Arrays.stream(Normalizer.normalize(q, Normalizer.Form.NFC).split("[^\\p{L}\\p{M}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.toList();
		if (words.size() > limits.maxWords()) {
			throw ProblemException.badRequest("search.words.too-many", limits.maxWords());
		}
		if (!words.isEmpty() && words.stream().noneMatch(this::longEnough)) {
			throw ProblemException.badRequest("search.words.too-short", limits.minWordLength());
		}
		return words;
	}

	/** Three letters or more, as written (composed, so "máy" is three). */
	private boolean longEnough(String word) {
		return word.codePointCount(0, word.length()) >= limits.minWordLength();
	}

	private Results find(List<String> words, String kind, String unit, String phase, int first, int size) {
		// Local to this transaction (is_local true), so the pool's connection comes back as it was: a plan made
		// for the unit's codes asked, never a generic one; one core per search, the others serve the officers.
		jdbc.queryForList("""
				select set_config('statement_timeout', ?, true), set_config('plan_cache_mode', 'force_custom_plan', true),
				       set_config('max_parallel_workers_per_gather', '0', true)""",
				String.valueOf(limits.statementTimeout().toMillis()));
		StringBuilder where = new StringBuilder();
		List<Object> arguments = new ArrayList<>();
		for (String word : words) {
			// The start of a word of the text (V11): "xe" finds "xe đạp", not "taxi"; and even a short word has
			// trigrams for the index ("  x", " xe"), where '%xe%' had none and read every row.
			where.append(" and i.search_words like '% ' || search_text(?) || '%'");
			arguments.add(word);
		}
		if (kind != null && !kind.isBlank()) {
			where.append(" and i.kind = ?");
			arguments.add(kind);
		}
		if (unit != null && !unit.isBlank()) {
			Optional<List<String>> subtree = subtree(unit);
			if (subtree.isPresent()) {
				where.append(" and i.unit_code = any(?::varchar[])");
				arguments.add(subtree.get().toArray(String[]::new));
			}
		}
		if (phase != null && !phase.isBlank()) {
			where.append(" and i.phase_code = ?");
			arguments.add(phase);
		}
		if (words.isEmpty()) {
			return named(page(PUBLISHED, where, arguments, first, size));
		}
		// Words: first among the newest published rows only, a bounded walk of the list's index. A common word
		// ("may": 1 row in 6) fills the page there; when the page is full it is exactly the page of the whole
		// table, as every row outside is older.
		List<Object> windowed = new ArrayList<>(arguments.size() + 1);
		windowed.add(NEWEST_WINDOW);
		windowed.addAll(arguments);
		Results newest = page(NEWEST_PUBLISHED, where, windowed, first, size);
		if (newest.more()) {
			return named(newest);
		}
		// Rarer words: the trigram index's candidates, whatever the planner guesses. Its guess assumes words
		// independent; for "máy ép xe", which never meet, it walked all 1,000,000 rows (1 s) instead.
		jdbc.queryForList("select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)");
		Results found = page(PUBLISHED, where, arguments, first, size);
		jdbc.queryForList("select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true)");
		return named(found);
	}

	/** One more than the page is read: whether there is a next page, without counting them all. */
	private Results page(String from, CharSequence where, List<Object> arguments, int first, int size) {
		List<Object> all = new ArrayList<>(arguments);
		all.add(first);
		all.add(size + 1);
		List<Published> found = jdbc.query(SELECT + from + " where i.status = 'PUBLISHED'" + where
				+ " order by i.portal_uploaded_at desc, i.id desc offset ? limit ?", (rs, n) -> new Published(rs.getLong(1),
						rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null,
						rs.getString(8), (Long) rs.getObject(9), rs.getTimestamp(10).toInstant()), all.toArray());
		boolean more = found.size() > size;
		return new Results(more ? found.subList(0, size) : found, first, size, more);
	}

	/** The names of the page's units (a hundred at most), from the union tree. */
	private Results named(Results results) {
		if (results.initiatives().isEmpty()) {
			return results;
		}
		Map<String, String> names = units.findByCodeIn(results.initiatives().stream().map(Published::unitCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::code, Unit::name));
		return new Results(results.initiatives().stream().map(published -> published.withUnitName(names.get(published.unitCode())))
			.toList(), results.first(), results.size(), results.more());
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

	static String sqlState(Throwable failure) {
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

		/** Nothing found, or nothing asked. */
		public static final Results NONE = new Results(List.of(), 0, 1, false);

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
