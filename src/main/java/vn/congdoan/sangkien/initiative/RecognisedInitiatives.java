package vn.congdoan.sangkien.initiative;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of some initiatives their council recognised, whatever came after (upload, publication): for the
 * ideas that became initiatives, which know their drafts' ids but not the initiative's table.
 */
@Service
public class RecognisedInitiatives {

	private final JdbcTemplate jdbc;

	RecognisedInitiatives(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public long countAmong(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		Long count = jdbc.queryForObject("select count(*) from initiative where id = any(?) and recognition_date is not null",
				Long.class, (Object) ids.toArray(Long[]::new));
		return count == null ? 0 : count;
	}
}
