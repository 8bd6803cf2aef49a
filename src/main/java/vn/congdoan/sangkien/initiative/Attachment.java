package vn.congdoan.sangkien.initiative;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file of an initiative's dossier, kept in PostgreSQL with its SHA-256 so that nothing is lost or altered unseen. */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private long initiativeId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	/** Kept in the unit, like the application's confidential content (Circular 18/2013, Appendix I). */
	@Column(nullable = false)
	private boolean confidential;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(long initiativeId, String fileName, AttachmentType type, byte[] content, String sha256,
			boolean confidential, String uploadedBy, Instant uploadedAt) {
		this.initiativeId = initiativeId;
		this.fileName = fileName;
		this.contentType = type.mediaType();
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.confidential = confidential;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	InitiativeView.AttachmentView view() {
		return new InitiativeView.AttachmentView(id, fileName, contentType, sizeBytes, sha256, confidential, uploadedBy,
				uploadedAt);
	}

	public Long getId() {
		return id;
	}

	public long getInitiativeId() {
		return initiativeId;
	}

	public String getFileName() {
		return fileName;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public String getContentType() {
		return contentType;
	}

	/** The file as a browser downloads it: its type, its name (Vietnamese kept), its bytes. */
	public ResponseEntity<byte[]> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	public byte[] getContent() {
		return content;
	}
}
