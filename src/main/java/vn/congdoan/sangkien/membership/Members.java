package vn.congdoan.sangkien.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.appointment.Appointments;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.SignedInAccounts;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * The register of members. Joining writes the member's row and then their author's pair in Keycloak, in one
 * transaction: a failed write to Keycloak takes the row back, and a second join is refused, not doubled. The
 * member's next request, page or API, carries the new post: their account is read again at once.
 */
@Service
public class Members {

	private final JdbcTemplate jdbc;

	private final Units units;

	private final Appointments appointments;

	private final SignedInAccounts signedIn;

	private final Clock clock;

	Members(JdbcTemplate jdbc, Units units, Appointments appointments, SignedInAccounts signedIn, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.appointments = appointments;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Member> find(String username) {
		return jdbc.query("select username, full_name, unit_code, target_group, joined_at from member where username = ?",
				Members::member, username).stream().findFirst();
	}

	/** The member joins the grassroots union they chose, in the target group they chose, and may write from then on. */
	@Transactional
	public Member join(PlatformUser user, String unitCode, TargetGroup targetGroup) {
		Unit unit = units.findByCode(unitCode.strip())
			.orElseThrow(() -> ProblemException.notFound("membership.unit.unknown", unitCode.strip()));
		if (unit.level() != UnitLevel.GRASSROOTS) {
			throw ProblemException.badRequest("membership.unit.not-grassroots", unit.code(), unit.name());
		}
		Member member = new Member(user.username(), user.displayName(), unit.code(), targetGroup, clock.instant());
		int joined = jdbc.update("""
				insert into member (username, full_name, unit_code, target_group, joined_at) values (?, ?, ?, ?, ?)
				on conflict (username) do nothing""",
				member.username(), member.fullName(), member.unitCode(), member.targetGroup().name(),
				Timestamp.from(member.joinedAt()));
		if (joined == 0) {
			throw ProblemException.conflict("membership.already-joined", user.username());
		}
		appointments.join(user, unit);
		signedIn.changed(user.username());
		return member;
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getString(1), rs.getString(2), rs.getString(3), TargetGroup.valueOf(rs.getString(4)),
				rs.getTimestamp(5).toInstant());
	}
}
