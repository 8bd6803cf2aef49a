package vn.congdoan.sangkien.commendation;

/**
 * Forms of commendation (docs/rules.md#the-law): a certificate of commendation (Giấy khen) from a grassroots or
 * direct-superior union, a certificate of merit (Bằng khen) from a level-2 union or from VGCL.
 * Which level may grant which is the DMN table {@code commendation-authority.dmn}.
 */
public enum Award {
	GIAY_KHEN, BANG_KHEN_CAP_TINH, BANG_KHEN_TLD
}
