package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;

@PlatformTest
@DisplayName("The author's list: what one authored or co-authored, each once, newest first, a page at a time")
class AuthorsListTest {

	static final String AUTHOR = "tacgia.danhsach";

	static final PlatformUser USER = PlatformUser.of(AUTHOR, "Tác giả danh sách", Role.AUTHOR, "CDCS-01-0001");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InitiativeSubmission submission;

	@Autowired
	ApiClient api;

	/** Newest first: own (also a contributor), co-authored twice, then five of the author's own. */
	List<Long> newestFirst = new ArrayList<>();

	@BeforeEach
	void eightInitiatives() {
		Instant start = Instant.parse("2022-09-01T01:00:00Z");
		for (int minute = 1; minute <= 5; minute++) {
			newestFirst.add(0, initiative(AUTHOR, start.plus(minute, ChronoUnit.MINUTES)));
		}
		for (int minute = 6; minute <= 7; minute++) {
			long coAuthored = initiative("tacgia.khac", start.plus(minute, ChronoUnit.MINUTES));
			contributor(coAuthored, 1, AUTHOR);
			newestFirst.add(0, coAuthored);
		}
		long ownAndContributor = initiative(AUTHOR, start.plus(8, ChronoUnit.MINUTES));
		contributor(ownAndContributor, 0, AUTHOR);
		newestFirst.add(0, ownAndContributor);
	}

	@AfterEach
	void leaveTheDataAsFound() {
		for (long id : newestFirst) {
			jdbc.update("delete from contributor where initiative_id = ?", id);
			jdbc.update("delete from initiative where id = ?", id);
		}
	}

	@Test
	@DisplayName("own and co-authored initiatives come once each, newest first, page after page, with the count of all")
	void pageByPage() {
		Page<Initiative> first = submission.mine(USER, 0, 3);
		Page<Initiative> second = submission.mine(USER, 1, 3);
		Page<Initiative> last = submission.mine(USER, 2, 3);

		assertThat(first.getContent()).extracting(Initiative::getId).containsExactlyElementsOf(newestFirst.subList(0, 3));
		assertThat(second.getContent()).extracting(Initiative::getId).containsExactlyElementsOf(newestFirst.subList(3, 6));
		assertThat(last.getContent()).extracting(Initiative::getId).containsExactlyElementsOf(newestFirst.subList(6, 8));
		assertThat(first.getTotalElements()).isEqualTo(8);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(first.getContent().get(1).getContributors()).extracting(Contributor::getUsername).contains(AUTHOR);
	}

	@Test
	@DisplayName("a page holds at most a hundred, however many are asked for; a page past the end is empty")
	void pageSizeIsCapped() {
		assertThat(submission.mine(USER, 0, 100_000).getSize()).isEqualTo(InitiativeSubmission.MAX_PAGE_SIZE);
		assertThat(submission.mine(USER, 0, 100_000).getContent()).hasSize(8);
		assertThat(submission.mine(USER, 5, 20).getContent()).isEmpty();
		assertThat(submission.mine(USER, 5, 20).getTotalElements()).isEqualTo(8);
	}

	@Test
	@DisplayName("the API gives a page as a list and the count of all in X-Total-Count")
	void apiPage() {
		long all = jdbc.queryForObject("""
				select count(*) from (
				    select id from initiative where author_username = 'tacgia.hn'
				    union
				    select initiative_id from contributor where username = 'tacgia.hn') mine""", Long.class);

		ApiClient.Response page = api.get("tacgia.hn", "/api/initiatives/mine?size=1");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().getFirst("X-Total-Count")).isEqualTo(String.valueOf(all));
		assertThat(page.body().isArray()).isTrue();
		assertThat(page.body().size()).isEqualTo(all == 0 ? 0 : 1);
		assertThat(page.body().findValues("id")).extracting(JsonNode::asLong).allMatch(id -> id > 0);
	}

	private long initiative(String author, Instant createdAt) {
		return jdbc.queryForObject("""
				insert into initiative (title, unit_code, author_username, status, created_at)
				values ('Danh sách của tác giả', 'CDCS-01-0001', ?, 'DRAFT', ?) returning id""", Long.class, author,
				Timestamp.from(createdAt));
	}

	private void contributor(long initiative, int position, String username) {
		jdbc.update("""
				insert into contributor (initiative_id, position, full_name, username, share_percent, leader, target_group)
				values (?, ?, 'Tác giả danh sách', ?, 50, false, 'WORKER')""", initiative, position, username);
	}
}
