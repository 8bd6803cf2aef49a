package vn.congdoan.sangkien.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.workflow.TaskInbox;

/**
 * A union officer uploads many recognised initiatives at once. Each upload is its own transaction: one
 * refused (outside its window, another unit's, already done) does not hold back the others, and the
 * answer says, for each, what happened.
 */
@RestController
@Tag(name = "Portal", description = "Uploads of recognised initiatives to the national portal")
class BulkPortalUpload {

	static final int MAX_ITEMS = 500;

	private static final org.apache.commons.logging.Log LOG = org.apache.commons.logging.LogFactory.getLog(BulkPortalUpload.class);

	private final TaskInbox inbox;

	private final CurrentUser currentUser;

	private final Problems problems;

	BulkPortalUpload(TaskInbox inbox, CurrentUser currentUser, Problems problems) {
		this.inbox = inbox;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	@PostMapping("/api/portal-uploads")
	@PreAuthorize("hasRole('union-officer')")
	@Operation(summary = "Complete many portal-upload tasks at once; the result lists each one")
	List<Map<String, Object>> upload(@Valid @RequestBody Uploads uploads) {
		PlatformUser officer = currentUser.get();
		List<Map<String, Object>> results = new ArrayList<>();
		for (Upload upload : uploads.items()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("taskId", upload.taskId());
			try {
				inbox.complete(officer, upload.taskId(), upload.values(), "portalUpload");
				result.put("status", 204);
			}
			catch (ProblemException e) {
				result.put("status", e.status().value());
				result.put("code", e.code());
				result.put("message", problems.message(e.code(), e.arguments()));
			}
			catch (RuntimeException e) {
				// One upload that failed does not hide which of the others went through.
				LOG.error("Bulk upload of task " + upload.taskId() + " failed", e);
				result.put("status", 500);
				result.put("code", "portal.upload.failed");
				result.put("message", problems.message("portal.upload.failed"));
			}
			results.add(result);
		}
		return results;
	}

	record Uploads(@NotEmpty @Size(max = MAX_ITEMS) List<@Valid Upload> items) {
	}

	record Upload(@NotBlank @Size(max = 64) String taskId, @Size(max = 200) String portalReference) {

		Map<String, Object> values() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("uploadedToPortal", true);
			if (portalReference != null) {
				values.put("portalReference", portalReference);
			}
			return values;
		}
	}
}
