package vn.congdoan.sangkien.unit;

/** The four levels of the union (docs/rules.md#union-levels): VGCL, level 2, direct-superior unions, grassroots unions. */
public enum UnitLevel {
	NATIONAL, LEVEL2, DIRECT_SUPERIOR, GRASSROOTS
}
