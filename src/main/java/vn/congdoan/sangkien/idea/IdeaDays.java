package vn.congdoan.sangkien.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Units;

/** the idea days a grassroots union schedules, where its members bring ideas. */
@Service
public class IdeaDays {

	private static final String COLUMNS = "id, unit_code, name, held_on, place, created_by, created_at";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Units units;

	IdeaDays(JdbcTemplate jdbc, Clock clock, Units units) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.units = units;
	}

	/** What the union officer schedules. */
	public record IdeaDayInput(@NotBlank @Size(max = 300) String name, @NotNull LocalDate heldOn,
			@Size(max = 500) String place) {
	}

	/** The union's officer schedules an idea day of their union, today or later. */
	@Transactional
	public IdeaDay schedule(PlatformUser officer, String unitCode, IdeaDayInput input) {
		if (!officer.holds(Role.UNION_OFFICER, unitCode)) {
			throw ProblemException.forbidden("idea-day.not-officer", unitCode);
		}
		if (input.heldOn().isBefore(LocalDate.now(clock.withZone(ProgrammeTime.ZONE)))) {
			throw ProblemException.badRequest("idea-day.in-the-past", ProgrammeTime.day(input.heldOn()));
		}
		Long id = jdbc.queryForObject("""
				insert into idea_day (unit_code, name, held_on, place, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, unitCode, input.name().strip(), input.heldOn(),
				input.place() == null ? null : input.place().strip(), officer.username(), Timestamp.from(clock.instant()));
		return find(id).orElseThrow();
	}

	/**
	 * The union's idea days, the latest first, for those who hold a post in it (its members, who come to them, its
	 * support team and officers) or above it; 403 for anyone else, as for the rest of a union's data.
	 */
	@Transactional(readOnly = true)
	public List<IdeaDay> ofUnit(PlatformUser user, String unitCode) {
		List<String> selfAndAbove = units.selfAndAncestors(unitCode);
		if (user.unitRoles().stream().noneMatch(pair -> selfAndAbove.contains(pair.unitCode()))) {
			throw ProblemException.forbidden("idea-day.not-visible", unitCode);
		}
		return ofUnit(unitCode);
	}

	/** The union's idea days, the latest first. */
	@Transactional(readOnly = true)
	public List<IdeaDay> ofUnit(String unitCode) {
		return jdbc.query("select " + COLUMNS + " from idea_day where unit_code = ? order by held_on desc, id desc limit 200",
				IdeaDays::ideaDay, unitCode);
	}

	/** The union's idea days from today on, the nearest first: those an idea may still be registered at. */
	@Transactional(readOnly = true)
	public List<IdeaDay> coming(String unitCode) {
		return jdbc.query("select " + COLUMNS + " from idea_day where unit_code = ? and held_on >= ? order by held_on, id limit 200",
				IdeaDays::ideaDay, unitCode, LocalDate.now(clock.withZone(ProgrammeTime.ZONE)));
	}

	@Transactional(readOnly = true)
	public Optional<IdeaDay> find(long id) {
		return jdbc.query("select " + COLUMNS + " from idea_day where id = ?", IdeaDays::ideaDay, id).stream().findFirst();
	}

	private static IdeaDay ideaDay(ResultSet row, int index) throws SQLException {
		return new IdeaDay(row.getLong("id"), row.getString("unit_code"), row.getString("name"),
				row.getObject("held_on", LocalDate.class), row.getString("place"), row.getString("created_by"),
				row.getTimestamp("created_at").toInstant());
	}
}
