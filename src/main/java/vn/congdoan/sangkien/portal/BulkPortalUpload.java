package vn.congdoan.sangkien.portal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

/** The API of {@link PortalUploads}: many recognised initiatives uploaded in one request. */
@RestController
@Tag(name = "Portal", description = "Uploads of recognised initiatives to the national portal")
class BulkPortalUpload {

	private final PortalUploads uploads;

	private final CurrentUser currentUser;

	BulkPortalUpload(PortalUploads uploads, CurrentUser currentUser) {
		this.uploads = uploads;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/portal-uploads")
	@PreAuthorize("hasRole('union-officer')")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "portal.upload.too-many")
	@Operation(summary = "Complete many portal-upload tasks at once; the result lists each one")
	List<Map<String, Object>> upload(@Valid @RequestBody Uploads request) {
		return uploads.uploadAll(currentUser.get(), request.items()).stream().map(PortalUploads.Result::asMap).toList();
	}

	record Uploads(@NotEmpty @Size(max = PortalUploads.MAX_ITEMS) List<PortalUploads.@Valid Upload> items) {
	}
}
