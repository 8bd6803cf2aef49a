package vn.congdoan.sangkien.initiative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people published initiatives are credited to, as the programme's final review reads them. */
@Service
@Transactional(readOnly = true)
public class CreditedAuthors {

	private final JdbcTemplate jdbc;

	CreditedAuthors(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * per target group of the credited author, the credited authors with the most published
	 * initiatives, then the most benefit; at most {@code perGroup} of each.
	 */
	public Map<TargetGroup, List<CreditedAuthor>> mostPublished(int perGroup) {
		Map<TargetGroup, List<CreditedAuthor>> byGroup = new LinkedHashMap<>();
		jdbc.query("""
				select c.target_group, i.credited_name, coalesce(i.credited_username, ''), count(*) n,
				       coalesce(sum(i.benefit_vnd), 0) benefit
				from initiative i
				join contributor c on c.initiative_id = i.id and c.full_name = i.credited_name
				where i.status = 'PUBLISHED'
				group by c.target_group, i.credited_name, coalesce(i.credited_username, '')
				order by c.target_group, n desc, benefit desc""", rs -> {
			List<CreditedAuthor> group = byGroup.computeIfAbsent(TargetGroup.valueOf(rs.getString(1)),
					g -> new ArrayList<>());
			if (group.size() < perGroup) {
				group.add(new CreditedAuthor(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
			}
		});
		return byGroup;
	}

	/** A credited author; {@code username} is empty for someone without an account. */
	public record CreditedAuthor(String name, String username, long initiatives, long benefitVnd) {
	}
}
