package vn.congdoan.sangkien.programme;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published initiative as the running totals count it: the portal's event
 * {@code InitiativePublished} carries it. Declared here because the portal reads this module's calendar:
 * the totals listen to this type, so this module need not know the portal (no cycle between them).
 */
public interface InitiativePublication {

	long initiativeId();

	String unitCode();

	String phaseCode();

	/** the date that put the initiative in its phase; a calendar change must leave it there. */
	LocalDate recognitionDate();

	/** The name of the initiative's kind, or {@code null} for an initiative filed without one. */
	String kindName();

	/** who the initiative is credited to, the same key for the same person across initiatives. */
	String creditedAuthorKey();

	long benefitVnd();

	Instant publishedAt();
}
