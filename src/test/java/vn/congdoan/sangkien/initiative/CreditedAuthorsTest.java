package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SqlStatements;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.membership.TargetGroup;

@PlatformTest
@DisplayName("The final review's ranking of individuals (R-7.3) is read from running totals kept at publication")
class CreditedAuthorsTest {

	/**
	 * The ranking as it was computed before the running totals, from every published initiative and its contributors:
	 * the credited author's row is the same person's (R-4.3: a namesake on the same initiative is someone else).
	 */
	static final String GROUPED_FROM_INITIATIVES = """
			select c.target_group, i.credited_name, coalesce(i.credited_username, '') credited_username,
			       coalesce(cast(i.credited_date_of_birth as varchar), '') credited_date_of_birth, count(*) n,
			       cast(coalesce(sum(i.benefit_vnd), 0) as bigint) benefit
			from initiative i
			join contributor c on c.initiative_id = i.id and person_key(c.username, c.full_name, c.date_of_birth)
			    = person_key(i.credited_username, i.credited_name, i.credited_date_of_birth)
			where i.status = 'PUBLISHED'
			group by c.target_group, i.credited_name, coalesce(i.credited_username, ''),
			         coalesce(cast(i.credited_date_of_birth as varchar), '')
			order by c.target_group, n desc, benefit desc, credited_name, credited_username, credited_date_of_birth""";

	@Autowired
	CreditedAuthors creditedAuthors;

	@Autowired
	Steps steps;

	@Autowired
	ApiClient api;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("after publications by two authors, the totals equal the grouping of the published initiatives, and so does the ranking")
	void totalsAndRankingEqualTheGrouping() {
		steps.published("Tổng kết cá nhân: cải tiến khuôn ép");
		steps.published("Tổng kết cá nhân: sổ tay bảo dưỡng");
		publishedInDaNang("Tổng kết cá nhân: đồ gá hàn");
		InitiativeDrafts.submitted(api, "tacgia.dn", "Tổng kết cá nhân: chưa công bố thì chưa tính");

		assertThat(jdbc.queryForList("""
				select target_group, credited_name, credited_username, credited_date_of_birth, initiative_count n,
				       benefit_vnd benefit
				from credited_author_total
				order by target_group, n desc, benefit desc, credited_name, credited_username, credited_date_of_birth"""))
			.isEqualTo(jdbc.queryForList(GROUPED_FROM_INITIATIVES))
			.isNotEmpty();
		for (int perGroup : new int[] { 1, 5 }) {
			assertThat(creditedAuthors.mostPublished(perGroup)).as("the first %s of each group", perGroup)
				.isEqualTo(firstOfEachGroup(perGroup));
		}
	}

	@Test
	@DisplayName("two persons without an account and of one name, born on different days, are two in the ranking (R-4.3, R-7.3)")
	void namesakesWithoutAccountRankedApart() {
		publishedInHaNoi("Tổng kết cá nhân: người thứ nhất tên Hương", "1979-05-01");
		publishedInHaNoi("Tổng kết cá nhân: người thứ hai tên Hương", "1990-11-20");

		assertThat(jdbc.queryForList("""
				select credited_date_of_birth from credited_author_total
				where credited_name = 'Phạm Thị Hương' and credited_username = '' and target_group = 'CIVIL_SERVANT'
				order by 1""", String.class))
			.containsExactly("1979-05-01", "1990-11-20");
	}

	@Test
	@DisplayName("the ranking is one query, whatever the number of groups and authors")
	void oneQuery() {
		assertThat(SqlStatements.of(() -> creditedAuthors.mostPublished(5))).hasSize(1);
	}

	/** Credited to a person without an account, Phạm Thị Hương born on that day, with 70%. */
	private void publishedInHaNoi(String title, String bornOn) {
		steps.publishedFrom(InitiativeDrafts.withContributors(title, """
				{"username":"tacgia.hn","sharePercent":30},
				{"fullName":"Phạm Thị Hương","dateOfBirth":"%s","sharePercent":70,"targetGroup":"CIVIL_SERVANT"}"""
			.formatted(bornOn)));
	}

	private void publishedInDaNang(String title) {
		long id = InitiativeDrafts.submitted(api, "tacgia.dn", title);
		steps.complete("hotro.dn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		steps.complete("hoidong.dn", id, "councilRecognition", Steps.RECOGNISE);
		steps.complete("canbo.dn", id, "portalUpload", "{\"uploadedToPortal\":true}");
	}

	private Map<TargetGroup, List<CreditedAuthors.CreditedAuthor>> firstOfEachGroup(int perGroup) {
		Map<TargetGroup, List<CreditedAuthors.CreditedAuthor>> byGroup = new LinkedHashMap<>();
		jdbc.query(GROUPED_FROM_INITIATIVES, rs -> {
			List<CreditedAuthors.CreditedAuthor> group = byGroup.computeIfAbsent(TargetGroup.valueOf(rs.getString(1)),
					g -> new ArrayList<>());
			if (group.size() < perGroup) {
				group.add(new CreditedAuthors.CreditedAuthor(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getLong(6)));
			}
		});
		return byGroup;
	}
}
