package vn.congdoan.sangkien.initiative;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files a dossier may hold, recognised by their content, not by what the browser claims:
 * the name's extension, the declared type and the bytes must all agree.
 */
enum AttachmentType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	PNG("image/png", "png");

	private final String mediaType;

	private final String[] extensions;

	AttachmentType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	String mediaType() {
		return mediaType;
	}

	static Optional<AttachmentType> ofFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> Arrays.asList(type.extensions).contains(extension)).findFirst();
	}

	boolean declaredAs(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(mediaType);
	}

	boolean matches(byte[] content) {
		return switch (this) {
			case PDF -> startsWith(content, '%', 'P', 'D', 'F', '-');
			case JPEG -> startsWith(content, 0xFF, 0xD8, 0xFF);
			case PNG -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			case DOCX -> officeZipWith(content, "word/");
			case XLSX -> officeZipWith(content, "xl/");
		};
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** An Office Open XML file is a zip with [Content_Types].xml and its application's folder. */
	private static boolean officeZipWith(byte[] content, String folder) {
		if (!startsWith(content, 'P', 'K', 3, 4)) {
			return false;
		}
		boolean contentTypes = false;
		boolean application = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				application |= entry.getName().startsWith(folder);
			}
		}
		catch (IOException e) {
			return false;
		}
		return contentTypes && application;
	}
}
