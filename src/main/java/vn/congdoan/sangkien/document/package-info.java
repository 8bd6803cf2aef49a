/**
 * The papers an author expects from an official process (issue 10, section 2): the receipt (giấy biên nhận) of a
 * submitted initiative with the date by which its council must decide (Decree 13/2012), the initiative's certificate
 * once its council has recognised it and the commendation's certificate once an award is granted, as PDF with an
 * embedded Vietnamese font; each certificate carries a verification code, issued once and kept, and the QR code of
 * the public page ({@code /verify/{code}}) that says what was issued, never the initiative's confidential content.
 * Who may have a paper is who may see its initiative ({@code initiative.InitiativeAccess}).
 */
package vn.congdoan.sangkien.document;
