package vn.congdoan.sangkien.unit;

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

import vn.congdoan.sangkien.system.Refusal;

/** The VGCL Office imports the union tree from a workbook or a CSV (multipart, field {@code file}). */
@RestController
@Tag(name = "Units")
@PreAuthorize("hasRole('programme-office')")
class UnitImportController {

	private final UnitImport units;

	UnitImportController(UnitImport units) {
		this.units = units;
	}

	@PostMapping(path = "/api/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.missing")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.unreadable")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.type")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "import.file.empty")
	@Refusal(status = HttpStatus.UNPROCESSABLE_ENTITY, code = "import.rows-refused")
	@Operation(summary = "Import or update the union tree from .xlsx or .csv; all or nothing (422 with every row problem)")
	UnitImport.Result importUnits(@RequestParam(name = "file", required = false) MultipartFile file) {
		return units.importFile(file, null);
	}

	@GetMapping("/api/units/import/template.{format}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "import.template.unknown")
	@Operation(operationId = "unitImportTemplate", summary = "The file to fill in for an import of the union tree: xlsx or csv (UTF-8)")
	ResponseEntity<byte[]> template(@PathVariable String format) {
		return units.template(format).response();
	}
}
