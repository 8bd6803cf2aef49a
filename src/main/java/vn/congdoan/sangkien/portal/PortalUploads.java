package vn.congdoan.sangkien.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.workflow.TaskDecisions;

/**
 * A union officer uploads many recognised initiatives at once. Each upload is its own
 * transaction: one refused (outside its window, another unit's, already done) does not hold back the
 * others, and the answer says, for each, what happened.
 */
@Service
public class PortalUploads {

	public static final int MAX_ITEMS = 500;

	private static final Log LOG = LogFactory.getLog(PortalUploads.class);

	private final TaskDecisions decisions;

	private final Problems problems;

	PortalUploads(TaskDecisions decisions, Problems problems) {
		this.decisions = decisions;
		this.problems = problems;
	}

	public List<Result> uploadAll(PlatformUser officer, List<Upload> uploads) {
		if (uploads.size() > MAX_ITEMS) {
			throw ProblemException.badRequest("portal.upload.too-many", MAX_ITEMS);
		}
		List<Result> results = new ArrayList<>();
		for (Upload upload : uploads) {
			try {
				decisions.complete(officer, upload.taskId(), upload.values(), "portalUpload");
				results.add(new Result(upload.taskId(), 204, null, null));
			}
			catch (ProblemException e) {
				results.add(new Result(upload.taskId(), e.status().value(), e.code(), problems.message(e.code(), e.arguments())));
			}
			catch (RuntimeException e) {
				// One upload that failed does not hide which of the others went through.
				LOG.error("Bulk upload of task " + upload.taskId() + " failed", e);
				results.add(new Result(upload.taskId(), 500, "portal.upload.failed", problems.message("portal.upload.failed")));
			}
		}
		return results;
	}

	public record Upload(@NotBlank @Size(max = 64) String taskId, @Size(max = 200) String portalReference) {

		Map<String, Object> values() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("uploadedToPortal", true);
			if (portalReference != null && !portalReference.isBlank()) {
				values.put("portalReference", portalReference.strip());
			}
			return values;
		}
	}

	/** What happened to one upload: 204 when done, else the refusal's status, code and message. */
	public record Result(String taskId, int status, String code, String message) {

		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("taskId", taskId);
			map.put("status", status);
			if (code != null) {
				map.put("code", code);
				map.put("message", message);
			}
			return map;
		}
	}
}
