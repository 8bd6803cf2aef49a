package vn.congdoan.sangkien.idea;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.RecognisedInitiatives;
import vn.congdoan.sangkien.programme.IdeaCounts;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Units;

/**
 * The ideas of the members. Posting stores the idea and starts its process in one transaction. The
 * author, the mentor and the union's support team and officers see an idea; nobody else does.
 */
@Service
public class Ideas implements IdeaCounts {

	static final String PROCESS = "ideaLifecycle";

	/** The user tasks of {@code bpmn/idea-lifecycle.bpmn}: their business key is the idea's id, not an initiative's. */
	public static final Set<String> STEPS = Set.of("takeUpIdea", "shapeIdea", "mentorIdea");

	/** The most ideas one list shows, newest first. */
	static final int MAX_LIST = 200;

	private static final String COLUMNS = "id, unit_code, author_username, title, problem, proposal, idea_day_id, status, "
			+ "mentor, comment, closed_reason, initiative_id, created_at, updated_at, reminded_at";

	private final JdbcTemplate jdbc;

	private final IdeaDays ideaDays;

	private final RuntimeService runtime;

	private final Clock clock;

	private final Units units;

	private final RecognisedInitiatives recognised;

	Ideas(JdbcTemplate jdbc, IdeaDays ideaDays, RuntimeService runtime, Clock clock, Units units,
			RecognisedInitiatives recognised) {
		this.jdbc = jdbc;
		this.ideaDays = ideaDays;
		this.runtime = runtime;
		this.clock = clock;
		this.units = units;
		this.recognised = recognised;
	}

	/** What a member writes: a few lines, for one of their unions, perhaps at one of its idea days. */
	public record IdeaInput(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String problem,
			@NotBlank @Size(max = 8000) String proposal, @Size(max = 32) String unitCode, Long ideaDayId) {
	}

	/**
	 * a member brings an idea to the union where they are an author; without one, or with several and none
	 * chosen, the idea has no union and is refused, as is a union where they are not an author.: an idea day
	 * named must be the same union's and not over.
	 */
	@Transactional
	public Idea post(PlatformUser author, IdeaInput input) {
		String unitCode = unitOf(author, input.unitCode());
		if (input.ideaDayId() != null) {
			IdeaDay day = ideaDays.find(input.ideaDayId())
				.orElseThrow(() -> ProblemException.badRequest("idea.idea-day.unknown", input.ideaDayId()));
			if (!day.unitCode().equals(unitCode)) {
				throw ProblemException.badRequest("idea.idea-day.other-unit", day.name(), unitCode);
			}
			if (day.heldOn().isBefore(LocalDate.now(clock.withZone(ProgrammeTime.ZONE)))) {
				throw ProblemException.badRequest("idea.idea-day.over", day.name(), ProgrammeTime.day(day.heldOn()));
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		Long id = jdbc.queryForObject("""
				insert into idea (unit_code, author_username, title, problem, proposal, idea_day_id, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) returning id""", Long.class, unitCode, author.username(),
				input.title().strip(), input.problem().strip(), input.proposal().strip(), input.ideaDayId(), now, now);
		String instance = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(id),
				Map.of("ideaId", id, "unitCode", unitCode, "author", author.username(), "ideaProblem",
						input.problem().strip(), "ideaProposal", input.proposal().strip()))
			.getId();
		jdbc.update("update idea set process_instance_id = ? where id = ?", instance, id);
		return load(id);
	}

	/** The idea, for its author, its mentor, or its union's support team and officers; 403 for anyone else. */
	@Transactional(readOnly = true)
	public Idea find(PlatformUser user, long id) {
		Idea idea = jdbc.query("select " + COLUMNS + " from idea where id = ?", Ideas::idea, id).stream().findFirst()
			.orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
		if (!user.username().equals(idea.author()) && !user.username().equals(idea.mentor())
				&& !seesUnion(user, idea.unitCode())) {
			throw ProblemException.forbidden("idea.not-yours", id);
		}
		return idea;
	}

	/** The union's ideas, newest first, for its support team and officers. */
	@Transactional(readOnly = true)
	public List<Idea> ofUnit(PlatformUser user, String unitCode) {
		if (!seesUnion(user, unitCode)) {
			throw ProblemException.forbidden("idea.unit.not-yours", unitCode);
		}
		return jdbc.query("select " + COLUMNS + " from idea where unit_code = ? order by created_at desc, id desc limit "
				+ MAX_LIST, Ideas::idea, unitCode);
	}

	/** The ideas the user wrote or mentors, newest first. */
	@Transactional(readOnly = true)
	public List<Idea> mine(PlatformUser user) {
		return jdbc.query("select " + COLUMNS + " from idea where author_username = ? or mentor = ? "
				+ "order by created_at desc, id desc limit " + MAX_LIST, Ideas::idea, user.username(), user.username());
	}

	/** The titles of a page's ideas in one query (an inbox names the idea of each idea task); a title is not secret. */
	@Transactional(readOnly = true)
	public Map<Long, String> titlesOf(Collection<Long> ids) {
		Map<Long, String> titles = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select id, title from idea where id = any(?)", rs -> {
				titles.put(rs.getLong(1), rs.getString(2));
			}, (Object) ids.toArray(Long[]::new));
		}
		return titles;
	}

	/**
	 * the ideas and idea days of the unit's subtree, and how many of its ideas became initiatives their council
	 * recognised, asked of the initiative module by the drafts' ids.
	 */
	@Override
	@Transactional(readOnly = true)
	public Counts countsOf(String unitCode) {
		Object subtree = units.selfAndDescendants(unitCode).toArray(String[]::new);
		Long ideaCount = jdbc.queryForObject("select count(*) from idea where unit_code = any(?)", Long.class, subtree);
		Long dayCount = jdbc.queryForObject("select count(*) from idea_day where unit_code = any(?)", Long.class, subtree);
		List<Long> drafts = jdbc.queryForList("select initiative_id from idea where unit_code = any(?) and initiative_id is not null",
				Long.class, subtree);
		return new Counts(ideaCount == null ? 0 : ideaCount, dayCount == null ? 0 : dayCount, recognised.countAmong(drafts));
	}

	Idea load(long id) {
		return jdbc.queryForObject("select " + COLUMNS + " from idea where id = ?", Ideas::idea, id);
	}

	void status(long id, IdeaStatus status) {
		jdbc.update("update idea set status = ?, updated_at = ? where id = ?", status.name(), Timestamp.from(clock.instant()),
				id);
	}

	void mentoredBy(long id, String mentor) {
		jdbc.update("update idea set mentor = ?, updated_at = ? where id = ?", mentor, Timestamp.from(clock.instant()), id);
	}

	void commented(long id, String comment) {
		jdbc.update("update idea set comment = ?, updated_at = ? where id = ?", comment.strip(), Timestamp.from(clock.instant()),
				id);
	}

	void revised(long id, String problem, String proposal) {
		jdbc.update("update idea set problem = ?, proposal = ?, updated_at = ? where id = ?", problem.strip(),
				proposal.strip(), Timestamp.from(clock.instant()), id);
	}

	void closed(long id, String reason) {
		jdbc.update("update idea set status = 'CLOSED', closed_reason = ?, updated_at = ? where id = ?", reason,
				Timestamp.from(clock.instant()), id);
	}

	/** Its open task waited past its reminder. */
	void reminded(long id) {
		jdbc.update("update idea set reminded_at = ? where id = ?", Timestamp.from(clock.instant()), id);
	}

	void abandoned(long id) {
		jdbc.update("update idea set status = 'ABANDONED', updated_at = ? where id = ?", Timestamp.from(clock.instant()), id);
	}

	void drafted(long id, long initiativeId) {
		jdbc.update("update idea set status = 'DRAFTED', initiative_id = ?, updated_at = ? where id = ?", initiativeId,
				Timestamp.from(clock.instant()), id);
	}

	private static boolean seesUnion(PlatformUser user, String unitCode) {
		return user.holds(Role.SUPPORT_TEAM, unitCode) || user.holds(Role.UNION_OFFICER, unitCode);
	}

	private static String unitOf(PlatformUser author, String requested) {
		Set<String> unions = author.unitsWhere(Role.AUTHOR);
		if (requested == null || requested.isBlank()) {
			if (unions.size() != 1) {
				throw ProblemException.badRequest("idea.unit.required");
			}
			return unions.iterator().next();
		}
		if (!unions.contains(requested.strip())) {
			throw ProblemException.forbidden("idea.unit.not-author", requested.strip());
		}
		return requested.strip();
	}

	private static Idea idea(ResultSet row, int index) throws SQLException {
		return new Idea(row.getLong("id"), row.getString("unit_code"), row.getString("author_username"),
				row.getString("title"), row.getString("problem"), row.getString("proposal"),
				row.getObject("idea_day_id", Long.class), IdeaStatus.valueOf(row.getString("status")),
				row.getString("mentor"), row.getString("comment"), row.getString("closed_reason"), row.getObject("initiative_id", Long.class),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
				row.getTimestamp("reminded_at") == null ? null : row.getTimestamp("reminded_at").toInstant());
	}
}
