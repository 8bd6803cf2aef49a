package vn.congdoan.sangkien.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as it was issued: what the public verification page shows of it (never confidential content).
 *
 * @param issuedTo the authors it names, as it names them
 * @param award the award's code ({@code commendation.Award}) on a commendation's certificate, else null
 */
public record IssuedDocument(DocumentKind kind, long initiativeId, String code, Instant issuedAt, String issuedTo,
		String title, String unitName, LocalDate recognitionDate, String award) {
}
