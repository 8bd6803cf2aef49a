package vn.congdoan.sangkien;

import static org.assertj.core.api.Assertions.assertThat;

/** Initiatives as a demo author writes them, through the API. */
public final class InitiativeDrafts {

	private InitiativeDrafts() {
	}

	/** The start of a PNG file: enough for the platform's check that content matches the declared type. */
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	/**
	 * A complete initiative that satisfies, credited to its author with 70% (a member, named by their
	 * account: the register gives their name), with a co-author without an account.
	 */
	public static String complete(String title, String author, String authorName) {
		return """
				{"kind":"TECHNICAL_SOLUTION","title":"%s","summary":"Tóm tắt của sáng kiến",
				 "problem":"Công đoạn thủ công mất nhiều thời gian","solution":"Đồ gá tự chế giúp làm nhanh gấp đôi",
				 "applicationPlace":"Phân xưởng số 2","applicationMode":"APPLIED","applicationDate":"2022-03-01",
				 "benefitVnd":125000000,"originStory":"Ý tưởng đến từ một ca đêm",
				 "contributors":[
				   {"fullName":"%s","username":"%s","sharePercent":70,"targetGroup":"WORKER"},
				   {"fullName":"Lê Văn Bình","dateOfBirth":"1985-04-12","sharePercent":30,"targetGroup":"UNION_MEMBER"}]}"""
			.formatted(title, authorName, author);
	}

	/** {@link #complete} by the Hà Nội author with these contributors instead (JSON objects, comma-separated). */
	public static String withContributors(String title, String contributors) {
		return complete(title, "tacgia.hn", "Nguyễn Văn An").replaceFirst("(?s)\"contributors\":\\[.*]}$",
				java.util.regex.Matcher.quoteReplacement("\"contributors\":[" + contributors + "]}"));
	}

	public static long draft(ApiClient api, String author, String content) {
		ApiClient.Response created = api.post(author, "/api/initiatives", content);
		assertThat(created.statusCode()).as("%s", created.body()).isEqualTo(201);
		return created.body().path("id").asLong();
	}

	/** Written and submitted: it waits for the support team of the author's unit. */
	public static long submitted(ApiClient api, String author, String title) {
		long id = draft(api, author, complete(title, author, author.equals("tacgia.hn") ? "Nguyễn Văn An" : "Trần Thị Bình"));
		ApiClient.Response submitted = api.post(author, "/api/initiatives/" + id + "/submit", null);
		assertThat(submitted.statusCode()).as("%s", submitted.body()).isEqualTo(200);
		return id;
	}
}
