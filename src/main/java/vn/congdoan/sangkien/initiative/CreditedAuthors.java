package vn.congdoan.sangkien.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.membership.TargetGroup;

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
	 * initiatives, then the most benefit, then by name; at most {@code perGroup} of each. Read from the running
	 * totals: the first rows of each group by their index, whatever the number of initiatives.
	 */
	public Map<TargetGroup, List<CreditedAuthor>> mostPublished(int perGroup) {
		Map<TargetGroup, List<CreditedAuthor>> byGroup = new LinkedHashMap<>();
		String[] groups = Arrays.stream(TargetGroup.values()).map(Enum::name).sorted().toArray(String[]::new);
		jdbc.query("""
				select g.target_group, t.credited_name, t.credited_username, t.credited_date_of_birth, t.initiative_count,
				       t.benefit_vnd
				from unnest(cast(? as varchar[])) g (target_group)
				cross join lateral (
				    select * from credited_author_total t
				    where t.target_group = g.target_group
				    order by t.initiative_count desc, t.benefit_vnd desc, t.credited_name, t.credited_username,
				             t.credited_date_of_birth
				    limit ?) t
				order by g.target_group, t.initiative_count desc, t.benefit_vnd desc, t.credited_name, t.credited_username,
				         t.credited_date_of_birth""",
				rs -> {
					byGroup.computeIfAbsent(TargetGroup.valueOf(rs.getString(1)), g -> new ArrayList<>())
						.add(new CreditedAuthor(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
								rs.getLong(6)));
				}, groups, perGroup);
		return byGroup;
	}

	/**
	 * counts a published initiative for its credited author, in the transaction that publishes it: once for
	 * each contributor row that is the credited author's (the same person, R-4.3: two members of one name are two),
	 * under that row's target group.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void credit(Initiative published) {
		String username = published.getCreditedUsername() == null ? "" : published.getCreditedUsername();
		String born = published.getCreditedDateOfBirth() == null ? "" : published.getCreditedDateOfBirth().toString();
		long benefit = published.getBenefitVnd() == null ? 0 : published.getBenefitVnd();
		published.getContributors().stream()
			.filter(contributor -> contributor.personKey().equals(published.creditedAuthorKey()))
			.forEach(credited -> jdbc.update("""
					insert into credited_author_total as t
					    (target_group, credited_name, credited_username, credited_date_of_birth, initiative_count, benefit_vnd)
					values (?, ?, ?, ?, 1, ?)
					on conflict (target_group, credited_name, credited_username, credited_date_of_birth) do update
					set initiative_count = t.initiative_count + 1, benefit_vnd = t.benefit_vnd + excluded.benefit_vnd""",
					credited.getTargetGroup().name(), published.getCreditedName(), username, born, benefit));
	}

	/**
	 * A credited author; {@code username} is empty for someone without an account, and {@code dateOfBirth} (ISO) is
	 * theirs, empty for a member or someone credited before dates of birth: two persons of one name are two.
	 */
	public record CreditedAuthor(String name, String username, String dateOfBirth, long initiatives, long benefitVnd) {
	}
}
