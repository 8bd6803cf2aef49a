package vn.congdoan.sangkien.system;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the platform hands out to save (an import template), the same from a page and from the API. */
public record Download(String fileName, String contentType, byte[] content) {

	public ResponseEntity<byte[]> response() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(MediaType.parseMediaType(contentType))
			.body(content);
	}
}
