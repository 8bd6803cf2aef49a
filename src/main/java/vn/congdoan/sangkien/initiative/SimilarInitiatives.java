package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/**
 * The initiatives most like one under review, for its support team and council to judge its novelty:
 * those of its own grassroots union, which its reviewers may open, and the published ones of every other union,
 * of which only the title and the union are shown: another union's unpublished content is never theirs to read.
 * <p>
 * Like is a trigram similarity (pg_trgm) of unaccented words: "May cat vai" is "Máy cắt vải". Within the union, of
 * the title or of title and summary ({@code search_words}, V11), whichever is the higher; among the 2.5 million
 * of the platform, of the title, the nearest read from a trigram index (V24). Both lists are stopped by the public
 * search's statement timeout.
 */
@Service
public class SimilarInitiatives {

	/** As many as a reviewer reads beside the task. */
	static final int MOST = 5;

	/**
	 * The union's own: its rows by index (unit_code, status), each measured on its title and on its title with
	 * summary, the higher counting. Like is above pg_trgm's threshold ({@code %}, 0.3).
	 */
	private static final String OF_UNIT = """
			select i.id, i.title, i.unit_code, i.status,
			       greatest(similarity(search_text(i.title), :title), similarity(i.search_words, :words)) as likeness
			from initiative i
			where i.unit_code = :unit and i.status not in ('DRAFT', 'WITHDRAWN', 'ABANDONED') and i.id <> :id
			  and (search_text(i.title) % :title or i.search_words % :words)
			order by likeness desc, i.id desc
			limit :most""";

	/**
	 * Elsewhere: the nearest published titles, read in order of distance from the GiST index (V24), which stops
	 * after five. By title only: summaries share their formulas ("Tổ … đề xuất …, làm lợi … triệu đồng"), so
	 * among a million rows a tenth were above the threshold and had to be ranked (docs/benchmarks/explain.md).
	 */
	private static final String ELSEWHERE = """
			select i.id, i.title, i.unit_code, i.status, similarity(search_text(i.title), :title) as likeness
			from initiative i
			where search_text(i.title) % :title and i.status = 'PUBLISHED' and i.unit_code <> :unit and i.id <> :id
			order by search_text(i.title) <-> :title
			limit :most""";

	private static final Set<Role> REVIEWERS = Set.of(Role.SUPPORT_TEAM, Role.COUNCIL);

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate namedJdbc;

	private final InitiativeAccess access;

	private final Units units;

	private final InitiativeSettings.PublicSearch limits;

	private final TransactionTemplate readOnly;

	SimilarInitiatives(JdbcTemplate jdbc, InitiativeAccess access, Units units, InitiativeSettings settings,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
		this.access = access;
		this.units = units;
		this.limits = settings.publicSearch();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The similar initiatives, for a reviewer of the initiative's union; 403 for everyone else. */
	public Similar of(PlatformUser viewer, long initiativeId) {
		Initiative initiative = access.visibleTo(viewer, initiativeId);
		return beside(viewer, initiative)
			.orElseThrow(() -> ProblemException.forbidden("initiative.similar.not-reviewer", initiativeId));
	}

	/**
	 * The similar initiatives if the viewer reviews the initiative (its union's support team or council), else none.
	 * Stopped by the statement timeout, they are told to have taken too long: the task beside them still opens.
	 */
	public Optional<Similar> beside(PlatformUser viewer, Initiative initiative) {
		String unitCode = initiative.getUnitCode();
		if (initiative.getStatus() == InitiativeStatus.DRAFT || REVIEWERS.stream().noneMatch(role -> viewer.holds(role, unitCode))) {
			return Optional.empty();
		}
		try {
			return Optional.of(readOnly.execute(transaction -> find(initiative.getId(), unitCode)));
		}
		catch (DataAccessException e) {
			if (PublishedInitiatives.QUERY_CANCELED.equals(PublishedInitiatives.sqlState(e))) {
				return Optional.of(Similar.TIMED_OUT);
			}
			throw e;
		}
	}

	private Similar find(long id, String unitCode) {
		// Local to this transaction, so the pool's connection comes back as it was; a plan for these words.
		jdbc.queryForList("select set_config('statement_timeout', ?, true), set_config('plan_cache_mode', 'force_custom_plan', true)",
				String.valueOf(limits.statementTimeout().toMillis()));
		Map<String, Object> own = jdbc.queryForMap("select search_text(title) as title, search_words as words from initiative where id = ?",
				id);
		MapSqlParameterSource arguments = new MapSqlParameterSource(own).addValue("unit", unitCode)
			.addValue("id", id)
			.addValue("most", MOST);
		return withUnitNames(similar(OF_UNIT, arguments), similar(ELSEWHERE, arguments));
	}

	private List<Found> similar(String query, MapSqlParameterSource arguments) {
		return namedJdbc.query(query, arguments, (rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), null,
				InitiativeStatus.valueOf(rs.getString(4)), rs.getDouble(5)));
	}

	private Similar withUnitNames(List<Found> ofUnit, List<Found> elsewhere) {
		Map<String, String> names = units
			.findByCodeIn(Stream.concat(ofUnit.stream(), elsewhere.stream()).map(Found::unitCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::code, Unit::name));
		return new Similar(ofUnit.stream().map(found -> found.in(names.get(found.unitCode()))).toList(),
				elsewhere.stream().map(found -> found.in(names.get(found.unitCode()))).toList(), false);
	}

	/**
	 * @param ofUnit those of the initiative's own union, which its reviewers may open
	 * @param elsewhere published ones of other unions: their title and union only
	 * @param timedOut stopped by the statement timeout: none found, rather than none like it
	 */
	public record Similar(List<Found> ofUnit, List<Found> elsewhere, boolean timedOut) {

		static final Similar TIMED_OUT = new Similar(List.of(), List.of(), true);
	}

	/**
	 * @param similarity from 0 (nothing in common) to 1 (the same words)
	 */
	public record Found(long id, String title, String unitCode, String unitName, InitiativeStatus status, double similarity) {

		Found in(String name) {
			return new Found(id, title, unitCode, name, status, similarity);
		}

		/** As a whole percentage, as the page shows it. */
		public long percent() {
			return Math.round(similarity * 100);
		}
	}
}
