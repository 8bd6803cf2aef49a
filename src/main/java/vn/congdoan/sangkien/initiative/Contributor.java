package vn.congdoan.sangkien.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.congdoan.sangkien.membership.TargetGroup;

/**
 * An author, co-author or topic leader of an initiative, with their share and target group: a member
 * (their account) or a person without an account (their date of birth); rows written before either may have neither.
 * Their workplace, title and qualification are those of the recognition application (Circular 18/2013, Appendix I).
 */
@Entity
@Table(name = "contributor")
public class Contributor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "initiative_id")
	private Initiative initiative;

	@Column(nullable = false)
	private int position;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private String username;

	@Column(name = "date_of_birth")
	private LocalDate dateOfBirth;

	@Column(name = "share_percent", nullable = false)
	private BigDecimal sharePercent;

	@Column(nullable = false)
	private boolean leader;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_group", nullable = false)
	private TargetGroup targetGroup;

	private String workplace;

	@Column(name = "job_title")
	private String jobTitle;

	private String qualification;

	protected Contributor() {
	}

	Contributor(Initiative initiative, int position, ContributorInput input) {
		this.initiative = initiative;
		this.position = position;
		this.fullName = input.fullName().strip();
		this.username = input.username();
		this.dateOfBirth = input.dateOfBirth();
		this.sharePercent = input.sharePercent();
		this.leader = Boolean.TRUE.equals(input.leader());
		this.targetGroup = input.targetGroup();
		this.workplace = Initiative.stripped(input.workplace());
		this.jobTitle = Initiative.stripped(input.jobTitle());
		this.qualification = Initiative.stripped(input.qualification());
	}

	public String getFullName() {
		return fullName;
	}

	public String getUsername() {
		return username;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	/** The person counts ({@link PersonKey}). */
	String personKey() {
		return PersonKey.of(username, fullName, dateOfBirth);
	}

	public BigDecimal getSharePercent() {
		return sharePercent;
	}

	public boolean isLeader() {
		return leader;
	}

	public TargetGroup getTargetGroup() {
		return targetGroup;
	}

	public String getWorkplace() {
		return workplace;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getQualification() {
		return qualification;
	}

	public int getPosition() {
		return position;
	}
}
