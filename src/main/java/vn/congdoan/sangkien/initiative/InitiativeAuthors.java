package vn.congdoan.sangkien.initiative;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an initiative belongs to: its author and the co-authors who have an account, with its title (never
 * confidential), for those who tell them of its decisions.
 */
@Service
public class InitiativeAuthors {

	private final JdbcTemplate jdbc;

	InitiativeAuthors(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Authored> of(long initiativeId) {
		return jdbc.query("""
				select i.title, i.unit_code, i.author_username,
				       array(select c.username from contributor c
				             where c.initiative_id = i.id and c.username is not null and c.username <> i.author_username
				             order by c.username) as co_authors
				from initiative i where i.id = ?""", (rs, row) -> {
			Array coAuthors = rs.getArray("co_authors");
			List<String> usernames = new java.util.ArrayList<>();
			usernames.add(rs.getString("author_username"));
			usernames.addAll(Arrays.asList((String[]) coAuthors.getArray()));
			return new Authored(initiativeId, rs.getString("title"), rs.getString("unit_code"), List.copyOf(usernames));
		}, initiativeId).stream().findFirst();
	}

	/** @param usernames the author first, then the co-authors with an account */
	public record Authored(long initiativeId, String title, String unitCode, List<String> usernames) {
	}
}
