package vn.congdoan.sangkien.document.web;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.congdoan.sangkien.document.Documents;
import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Pages;

/**
 * The papers as the initiative's page links them (the signed-in session, as the API takes a token), and the public
 * page a certificate's QR code opens.
 */
@Pages
class DocumentPages {

	private final Documents documents;

	private final CurrentUser currentUser;

	DocumentPages(Documents documents, CurrentUser currentUser) {
		this.documents = documents;
		this.currentUser = currentUser;
	}

	@GetMapping("/initiatives/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable long id) {
		return documents.receipt(currentUser.get(), id).response();
	}

	@GetMapping("/initiatives/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return documents.initiativeCertificate(currentUser.get(), id).response();
	}

	@GetMapping("/initiatives/{id}/commendation/certificate.pdf")
	ResponseEntity<byte[]> commendationCertificate(@PathVariable long id) {
		return documents.commendationCertificate(currentUser.get(), id).response();
	}

	/** The A4 notice with the union's QR code, for its officers to print (Documents#unionNotice). */
	@GetMapping("/units/{unit}/notice.pdf")
	ResponseEntity<byte[]> unionNotice(@PathVariable String unit) {
		return documents.unionNotice(currentUser.get(), unit).response();
	}

	/** For anyone, signed in or not: what the certificate is; "không tìm thấy" (404) for a code never issued. */
	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model) {
		model.addAttribute("document", documents.verify(code));
		return "document/verify";
	}
}
