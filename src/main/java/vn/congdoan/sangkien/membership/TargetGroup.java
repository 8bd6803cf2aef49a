package vn.congdoan.sangkien.membership;

/** The target groups of R-8: each contributor has one; statistics and use it. */
public enum TargetGroup {
	UNION_MEMBER, UNION_OFFICIAL, CIVIL_SERVANT, PUBLIC_EMPLOYEE, WORKER
}
