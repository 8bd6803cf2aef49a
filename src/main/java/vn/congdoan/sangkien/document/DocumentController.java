package vn.congdoan.sangkien.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Documents", description = "Giấy biên nhận, giấy chứng nhận sáng kiến, giấy khen / bằng khen (PDF) and their public check")
class DocumentController {

	private final Documents documents;

	private final CurrentUser currentUser;

	DocumentController(Documents documents, CurrentUser currentUser) {
		this.documents = documents;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/initiatives/{id}/receipt.pdf")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "document.receipt.not-submitted")
	@Operation(summary = "The receipt of a submitted initiative, with the date by which its council must decide (PDF)")
	ResponseEntity<byte[]> receipt(@PathVariable long id) {
		return documents.receipt(currentUser.get(), id).response();
	}

	@GetMapping("/api/initiatives/{id}/certificate.pdf")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "document.certificate.not-recognised")
	@Operation(summary = "The certificate of a recognised initiative, with its verification code and QR code (PDF)")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return documents.initiativeCertificate(currentUser.get(), id).response();
	}

	@GetMapping("/api/initiatives/{id}/commendation/certificate.pdf")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "document.commendation.not-granted")
	@Operation(summary = "The certificate of the commendation granted to an initiative (Giấy khen, Bằng khen; PDF)")
	ResponseEntity<byte[]> commendationCertificate(@PathVariable long id) {
		return documents.commendationCertificate(currentUser.get(), id).response();
	}

	@GetMapping("/api/public/documents/{code}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "document.not-found")
	@Operation(summary = "What the certificate with this verification code says it is, for anyone (404 if none)")
	IssuedDocument verify(@PathVariable String code) {
		return documents.verify(code);
	}
}
