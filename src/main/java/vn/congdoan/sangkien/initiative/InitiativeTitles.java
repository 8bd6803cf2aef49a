package vn.congdoan.sangkien.initiative;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The titles of a page's initiatives in one query (an inbox of 50 tasks names its 50 initiatives): a title is
 * never confidential, the public pages show it too.
 */
@Service
public class InitiativeTitles {

	private final JdbcTemplate jdbc;

	InitiativeTitles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<Long, String> of(Collection<Long> ids) {
		Map<Long, String> titles = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select id, title from initiative where id = any(?)",
					rs -> {
						titles.put(rs.getLong(1), rs.getString(2));
					}, (Object) ids.toArray(Long[]::new));
		}
		return titles;
	}
}
