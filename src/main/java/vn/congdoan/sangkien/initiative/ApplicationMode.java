package vn.congdoan.sangkien.initiative;

/** applied, or trial-applied, in the unit. */
public enum ApplicationMode {
	APPLIED, TRIAL
}
