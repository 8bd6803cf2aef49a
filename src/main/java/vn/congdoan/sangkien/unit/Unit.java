package vn.congdoan.sangkien.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union organisation of any level; its code is the {@code unit} claim of its members' tokens. */
@Entity
@Table(name = "unit")
public class Unit {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(name = "member_count", nullable = false)
	private int memberCount;

	/** The emulation cluster or bloc of a unit directly under VGCL, which the programme keeps. */
	@Column(name = "cluster_code")
	private String clusterCode;

	protected Unit() {
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public UnitLevel level() {
		return level;
	}

	public String parentCode() {
		return parentCode;
	}

	public int memberCount() {
		return memberCount;
	}

	public String clusterCode() {
		return clusterCode;
	}
}
