package vn.congdoan.sangkien.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.appointment.Appointments;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.SignedInAccounts;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.SearchWords;
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

	/** The most members the contributor picker offers. */
	public static final int MAX_RESULTS = 20;

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
		if (!insert(member)) {
			throw ProblemException.conflict("membership.already-joined", user.username());
		}
		appointments.join(user, unit);
		signedIn.changed(user.username());
		return member;
	}

	/**
	 * The contributor picker (issue 9, section 3): the members of the searcher's own grassroots unions (where they
	 * hold {@code author}), or of the one asked for, whose name or account has every word asked for at the start of
	 * one of its words, with or without accents; at most {@link #MAX_RESULTS}, by name. A union holds at most some
	 * thousands of members, read by the index {@code member_unit_name}. Someone who is not an author in the union
	 * asked for is refused: members are seen only by their union's authors.
	 */
	@Transactional(readOnly = true)
	public List<Member> search(PlatformUser searcher, String q, String unitCode) {
		Set<String> ownUnions = searcher.unitsWhere(Role.AUTHOR);
		if (unitCode != null && !ownUnions.contains(unitCode)) {
			throw ProblemException.forbidden("membership.search.not-author", unitCode);
		}
		if (ownUnions.isEmpty()) {
			throw ProblemException.forbidden("membership.search.no-union");
		}
		SearchWords words = SearchWords.of(q);
		if (words.tooShort()) {
			throw ProblemException.badRequest("membership.search.too-short", SearchWords.MIN_LETTERS);
		}
		if (words.tooMany()) {
			throw ProblemException.badRequest("membership.search.too-many-words", SearchWords.MAX_WORDS);
		}
		String[] unions = unitCode != null ? new String[] { unitCode } : ownUnions.toArray(String[]::new);
		List<Object> arguments = new ArrayList<>(List.of((Object) unions));
		arguments.addAll(words.words());
		return jdbc.query("select username, full_name, unit_code, target_group, joined_at from member "
				+ "where unit_code = any(?)" + words.matching("search_words") + " order by full_name, username limit "
				+ MAX_RESULTS, Members::member, arguments.toArray());
	}

	/**
	 * Registers an account that already holds its pair (the demo's people, whose pairs the realm file gives; the
	 * national data set's authors): the row alone, Keycloak untouched; an account already registered is left as it is.
	 */
	@Transactional
	public void register(String username, String fullName, String unitCode, TargetGroup targetGroup) {
		insert(new Member(username, fullName, unitCode, targetGroup, clock.instant()));
	}

	/** False when the account is registered already. */
	private boolean insert(Member member) {
		return jdbc.update("""
				insert into member (username, full_name, unit_code, target_group, joined_at) values (?, ?, ?, ?, ?)
				on conflict (username) do nothing""",
				member.username(), member.fullName(), member.unitCode(), member.targetGroup().name(),
				Timestamp.from(member.joinedAt())) > 0;
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getString(1), rs.getString(2), rs.getString(3), TargetGroup.valueOf(rs.getString(4)),
				rs.getTimestamp(5).toInstant());
	}
}
