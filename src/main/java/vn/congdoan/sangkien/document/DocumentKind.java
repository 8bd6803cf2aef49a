package vn.congdoan.sangkien.document;

/** The papers issued with a verification code; the receipt has none, being the author's own copy of a fact. */
public enum DocumentKind {
	INITIATIVE_CERTIFICATE, COMMENDATION_CERTIFICATE
}
