package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SqlStatements;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;

@PlatformTest
@DisplayName("The initiative page and the task page read an initiative, its files and its timeline in a constant number of queries")
class InitiativePageReadsTest {

	@Autowired
	InitiativeAccess access;

	@Autowired
	Attachments attachments;

	@Autowired
	DecisionLog decisionLog;

	@Autowired
	ApiClient api;

	PlatformUser author = PlatformUser.of("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001");

	@Test
	@DisplayName("the files are listed without their content, and three files and a longer timeline cost no more queries than one")
	void constantReadsWithoutFileContents() {
		long id = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Trang sáng kiến: một tệp", "tacgia.hn",
				"Nguyễn Văn An"));
		try {
			attach(id, "ban-ve-1.png");
			List<String> withOne = SqlStatements.of(() -> pageReads(id, 1));

			attach(id, "ban-ve-2.png");
			attach(id, "ban-ve-3.png");
			List<String> withThree = SqlStatements.of(() -> pageReads(id, 3));

			assertThat(withThree).isEqualTo(withOne);
			assertThat(withThree).filteredOn(sql -> sql.contains("attachment"))
				.singleElement()
				.satisfies(sql -> assertThat(sql).as("the files' content is not read to list them").doesNotContainPattern("\\bcontent\\b"));
		}
		finally {
			assertThat(api.delete("tacgia.hn", "/api/initiatives/" + id).statusCode()).isEqualTo(204);
		}
	}

	/** What the initiative page reads (PageController): the initiative as the user may see it, its files, its timeline. */
	private void pageReads(long id, int files) {
		Initiative initiative = access.visibleTo(author, id);
		assertThat(attachments.of(initiative)).hasSize(files);
		decisionLog.timelineOf(id);
	}

	private void attach(long id, String name) {
		assertThat(api.upload("tacgia.hn", "/api/initiatives/" + id + "/attachments", name, "image/png", InitiativeDrafts.PNG)
			.statusCode()).isEqualTo(201);
	}
}
