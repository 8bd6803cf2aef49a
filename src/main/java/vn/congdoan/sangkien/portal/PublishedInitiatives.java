package vn.congdoan.sangkien.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.system.ProblemException;

/**
 * The published initiatives, public, searchable by words of their title and summary with or without
 * Vietnamese accents, by kind, unit and phase, with their origin story. Newest first.
 */
@Service
public class PublishedInitiatives {

	static final int MAX_PAGE = 100;

	private final JdbcTemplate jdbc;

	PublishedInitiatives(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Published> search(String q, String kind, String unit, String phase, int first, int max) {
		if (q != null && q.length() > 200) {
			throw ProblemException.badRequest("search.too-long");
		}
		StringBuilder sql = new StringBuilder("""
				select i.id, i.kind, i.title, i.summary, i.origin_story, i.credited_name, i.unit_code, u.name,
				       i.phase_code, i.benefit_vnd, i.portal_uploaded_at
				from initiative i join unit u on u.code = i.unit_code
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
			sql.append("""
					 and i.unit_code in (with recursive subtree(code) as (
					     select code from unit where code = ?
					     union all
					     select u2.code from unit u2 join subtree s on u2.parent_code = s.code)
					 select code from subtree)""");
			arguments.add(unit);
		}
		if (phase != null && !phase.isBlank()) {
			sql.append(" and i.phase_code = ?");
			arguments.add(phase);
		}
		sql.append(" order by i.portal_uploaded_at desc, i.id desc offset ? limit ?");
		arguments.add(Math.max(first, 0));
		arguments.add(Math.min(Math.max(max, 1), MAX_PAGE));
		return jdbc.query(sql.toString(), (rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				(Long) rs.getObject(10), rs.getTimestamp(11).toInstant()), arguments.toArray());
	}

	public record Published(long id, String kind, String title, String summary, String originStory, String creditedAuthor,
			String unitCode, String unitName, String phase, Long benefitVnd, Instant publishedAt) {
	}
}
