package vn.congdoan.sangkien.portal;

/** An initiative was uploaded to the national portal and counted; the commendation process starts from here. */
public record InitiativePublished(long initiativeId, String unitCode, String phaseCode) {
}
