package vn.congdoan.sangkien.initiative;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What an author may attach to an initiative, and how much of the database one anonymous reader may
 * use, with the defaults in {@code application.yaml}.
 *
 * @param attachments the limits of the files attached to one initiative
 * @param publicSearch the limits of the public search and list of published initiatives
 * @param authorQuotas what one author may keep, whatever they do: one account cannot fill the database
 */
@ConfigurationProperties("sangkien")
public record InitiativeSettings(AttachmentLimits attachments, PublicSearch publicSearch, AuthorQuotas authorQuotas) {

	/**
	 * @param drafts the most drafts one author may have at once (409 beyond)
	 * @param attachments the most bytes of files on all the initiatives one author wrote (413 beyond)
	 */
	public record AuthorQuotas(int drafts, DataSize attachments) {
	}

	/**
	 * @param maxSize the largest file
	 * @param maxCount the most files
	 */
	public record AttachmentLimits(DataSize maxSize, int maxCount) {
	}

	/**
	 * @param statementTimeout the longest one search may run in PostgreSQL before it is stopped (503)
	 * @param maxWords the most words of one search
	 * @param minWordLength at least one word must be this long: the trigram index needs three letters
	 * @param maxOffset the deepest result one can page to; beyond it the search must be narrowed (400)
	 * @param concurrent how many public searches may run at once on this node; more are refused (503)
	 * @param rateLimit how many searches one client address may make in a window (429 beyond)
	 */
	public record PublicSearch(Duration statementTimeout, int maxWords, int minWordLength, int maxOffset, int concurrent,
			RateLimit rateLimit) {
	}

	/**
	 * @param requests the searches one address may make in a window
	 * @param window the length of the window, which starts at the address's first search
	 */
	public record RateLimit(int requests, Duration window) {
	}
}
