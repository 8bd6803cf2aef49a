package vn.congdoan.sangkien.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

/** The VGCL Office imports targets from a workbook or a CSV (multipart, field {@code file}). */
@RestController
@Tag(name = "Programme")
@PreAuthorize("hasRole('programme-office')")
class TargetImportController {

	private final TargetImport targets;

	private final CurrentUser currentUser;

	TargetImportController(TargetImport targets, CurrentUser currentUser) {
		this.targets = targets;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/targets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.missing")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.unreadable")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.type")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.empty")
	@Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, code = "import.rows-refused")
	@Operation(summary = "Import targets per unit and phase or quarter from .xlsx or .csv; all or nothing (422 with every row problem)")
	TargetImport.Result importTargets(@RequestParam(name = "file", required = false) MultipartFile file) {
		return targets.importFile(currentUser.get(), file, null);
	}

	@GetMapping("/api/targets/import/template.{format}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "import.template.unknown")
	@Operation(operationId = "targetImportTemplate", summary = "The file to fill in for an import of targets: xlsx or csv (UTF-8)")
	ResponseEntity<byte[]> template(@PathVariable String format) {
		return targets.template(format).response();
	}
}
