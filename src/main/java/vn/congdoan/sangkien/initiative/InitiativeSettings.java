package vn.congdoan.sangkien.initiative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What an author may attach to an initiative, with the defaults in {@code application.yaml}.
 *
 * @param attachments the limits of the files attached to one initiative
 */
@ConfigurationProperties("sangkien")
public record InitiativeSettings(AttachmentLimits attachments) {

	/**
	 * @param maxSize the largest file
	 * @param maxCount the most files
	 */
	public record AttachmentLimits(DataSize maxSize, int maxCount) {
	}
}
