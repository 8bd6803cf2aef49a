package vn.congdoan.sangkien.initiative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/**
 * The published initiatives, public, searchable by words of their title and summary with or without
 * Vietnamese accents, by kind, unit and phase, with their origin story. Newest first.
 */
@Service
public class PublishedInitiatives {

	static final int MAX_PAGE = 100;

	private final JdbcTemplate jdbc;

	private final Units units;

	PublishedInitiatives(JdbcTemplate jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public List<Published> search(String q, String kind, String unit, String phase, int first, int max) {
		if (q != null && q.length() > 200) {
			throw ProblemException.badRequest("search.too-long");
		}
		StringBuilder sql = new StringBuilder("""
				select i.id, i.kind, i.title, i.summary, i.origin_story, i.credited_name, i.unit_code,
				       i.phase_code, i.benefit_vnd, i.portal_uploaded_at
				from initiative i
				where i.status = 'PUBLISHED'""");
		List<Object> arguments = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			for (String word : q.strip().split("\\s+")) {
				sql.append(" and search_text(coalesce(i.title, '') || ' ' || coalesce(i.summary, '')) like '%' || search_text(?) || '%'");
				arguments.add(word.replace("%", "").replace("_", ""));
			}
		}
		if (kind != null && !kind.isBlank()) {
			sql.append(" and i.kind = ?");
			arguments.add(kind);
		}
		if (unit != null && !unit.isBlank()) {
			// A province or sector union finds the initiatives of its whole subtree.
			sql.append(" and i.unit_code in (select unnest(?::varchar[]))");
			arguments.add(units.selfAndDescendants(unit).toArray(String[]::new));
		}
		if (phase != null && !phase.isBlank()) {
			sql.append(" and i.phase_code = ?");
			arguments.add(phase);
		}
		sql.append(" order by i.portal_uploaded_at desc, i.id desc offset ? limit ?");
		arguments.add(Math.max(first, 0));
		arguments.add(Math.min(Math.max(max, 1), MAX_PAGE));
		List<Published> page = jdbc.query(sql.toString(), (rs, n) -> new Published(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), null, rs.getString(8),
				(Long) rs.getObject(9), rs.getTimestamp(10).toInstant()), arguments.toArray());
		if (page.isEmpty()) {
			return page;
		}
		// The names of the page's units (a hundred at most), from the union tree.
		Map<String, String> names = units.findByCodeIn(page.stream().map(Published::unitCode).distinct().toList()).stream()
			.collect(Collectors.toMap(Unit::code, Unit::name));
		return page.stream().map(published -> published.withUnitName(names.get(published.unitCode()))).toList();
	}

	public record Published(long id, String kind, String title, String summary, String originStory, String creditedAuthor,
			String unitCode, String unitName, String phase, Long benefitVnd, Instant publishedAt) {

		Published withUnitName(String name) {
			return new Published(id, kind, title, summary, originStory, creditedAuthor, unitCode, name, phase, benefitVnd,
					publishedAt);
		}
	}
}
