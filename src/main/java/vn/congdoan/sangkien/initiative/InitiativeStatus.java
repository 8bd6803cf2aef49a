package vn.congdoan.sangkien.initiative;

/** Where an initiative stands, kept in step with its process so lists never read Camunda's history. */
public enum InitiativeStatus {
	SUBMITTED
}
