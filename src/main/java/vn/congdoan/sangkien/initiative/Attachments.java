package vn.congdoan.sangkien.initiative;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The dossier's files: added by the author while they may edit, served to whoever may see the initiative; a file the
 * author marks confidential only to whoever may read the confidential content ({@link InitiativeAccess}).
 */
@Service
public class Attachments {

	private final AttachmentFiles files;

	private final Initiatives initiatives;

	private final InitiativeAccess access;

	private final Clock clock;

	private final DataSize maxSize;

	private final int maxCount;

	private final DataSize authorQuota;

	Attachments(AttachmentFiles files, Initiatives initiatives, InitiativeAccess access, Clock clock,
			InitiativeSettings settings) {
		this.files = files;
		this.initiatives = initiatives;
		this.access = access;
		this.clock = clock;
		this.maxSize = settings.attachments().maxSize();
		this.maxCount = settings.attachments().maxCount();
		this.authorQuota = settings.authorQuotas().attachments();
	}

	@Transactional
	public Attachment add(PlatformUser author, long initiativeId, String fileName, String declaredType, byte[] content,
			boolean confidential) {
		Initiative initiative = access.ownedBy(author, initiativeId);
		initiative.checkEditable();
		if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
			throw ProblemException.badRequest("attachment.name.invalid");
		}
		if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..") || fileName.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.badRequest("attachment.name.path", fileName);
		}
		if (content.length == 0) {
			throw ProblemException.badRequest("attachment.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw new ProblemException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "attachment.too-large",
					maxSize.toMegabytes());
		}
		AttachmentType type = AttachmentType.ofFileName(fileName)
			.orElseThrow(() -> new ProblemException(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"attachment.type.not-allowed", fileName));
		if (!type.declaredAs(declaredType) || !type.matches(content)) {
			throw new ProblemException(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"attachment.type.mismatch", fileName);
		}
		initiatives.lockAuthor(initiative.getAuthorUsername());
		initiatives.lock(initiativeId);
		if (files.countByInitiativeId(initiativeId) >= maxCount) {
			throw ProblemException.conflict("attachment.too-many", maxCount);
		}
		if (initiatives.attachmentBytesOf(initiative.getAuthorUsername()) + content.length > authorQuota.toBytes()) {
			throw new ProblemException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "attachment.author-quota",
					authorQuota.toMegabytes());
		}
		return files.save(new Attachment(initiativeId, fileName.strip(), type, content, sha256(content),
				confidential, author.username(), clock.instant()));
	}

	@Transactional(readOnly = true)
	public Attachment download(PlatformUser user, long initiativeId, long attachmentId) {
		Initiative initiative = access.visibleTo(user, initiativeId);
		Attachment attachment = files.findByIdAndInitiativeId(attachmentId, initiativeId)
			.orElseThrow(() -> ProblemException.notFound("attachment.not-found", attachmentId));
		if (attachment.isConfidential() && !access.readsConfidential(user, initiative)) {
			throw ProblemException.forbidden("attachment.confidential", attachmentId);
		}
		return attachment;
	}

	/**
	 * The files of an initiative the signed-in user has already been allowed to see ({@link InitiativeAccess#visibleTo});
	 * the confidential ones only if they may read the confidential content, else not even their names.
	 */
	public List<InitiativeView.AttachmentView> of(Initiative visible) {
		List<InitiativeView.AttachmentView> all = files.findViewsByInitiativeIdOrderById(visible.getId());
		if (access.readsConfidential(visible)) {
			return all;
		}
		return all.stream().filter(file -> !file.confidential()).toList();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
