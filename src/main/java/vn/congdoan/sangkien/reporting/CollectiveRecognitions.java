package vn.congdoan.sangkien.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.Quarter;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The collective recognitions of R-7.1 - R-7.3: the VGCL Office starts one (the calendar's timers will
 * too), {@code collective-recognition.bpmn} computes the candidates from the running totals, the Office
 * confirms or amends them with the ranking in front of it, and the result is published.
 */
@Service
public class CollectiveRecognitions {

	static final String PROCESS = "collectiveRecognition";

	static final Set<String> KINDS = Set.of("QUARTERLY", "PHASE1_REVIEW", "FINAL_REVIEW");

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final ProgrammeCalendar calendar;

	private final ObjectMapper json;

	private final Clock clock;

	private final BigDecimal participationGoal;

	private final int nationalLeaders;

	CollectiveRecognitions(JdbcTemplate jdbc, RuntimeService runtime, ProgrammeCalendar calendar, ObjectMapper json,
			Clock clock, @Value("${sangkien.participation.goal-percent:10}") BigDecimal participationGoal,
			@Value("${sangkien.recognition.national-leaders:3}") int nationalLeaders) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.calendar = calendar;
		this.json = json;
		this.clock = clock;
		this.participationGoal = participationGoal;
		this.nationalLeaders = nationalLeaders;
	}

	@Transactional
	public long start(PlatformUser office, String kind, String period) {
		if (!office.hasRole(Role.PROGRAMME_OFFICE)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
		return start(kind, period);
	}

	/** Started by the calendar: once per kind and period, whatever the number of nodes that try. */
	@Transactional
	public boolean startIfAbsent(String kind, String period) {
		Integer existing = jdbc.queryForObject(
				"select count(*) from collective_recognition where kind = ? and period = ?", Integer.class, kind, period);
		if (existing > 0) {
			return false;
		}
		start(kind, period);
		return true;
	}

	private long start(String kind, String period) {
		String checkedPeriod = checkedPeriod(kind, period);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.update(connection -> {
				var insert = connection.prepareStatement("""
						insert into collective_recognition (kind, period, status, candidates, created_at)
						values (?, ?, 'AWAITING_CONFIRMATION', '{}', ?)""", new String[] { "id" });
				insert.setString(1, kind);
				insert.setString(2, checkedPeriod);
				insert.setTimestamp(3, Timestamp.from(clock.instant()));
				return insert;
			}, key);
		}
		catch (DuplicateKeyException e) {
			throw ProblemException.conflict("recognition.already-started", kind, checkedPeriod);
		}
		long id = key.getKey().longValue();
		String process = runtime.startProcessInstanceByKey(PROCESS, kind + ":" + checkedPeriod,
				Map.of("recognitionId", id, "kind", kind, "period", checkedPeriod)).getId();
		jdbc.update("update collective_recognition set process_instance_id = ? where id = ?", process, id);
		return id;
	}

	/** BPMN {@code computeCandidates}: the ranking and the winners by the rules, from the running totals. */
	@Transactional
	public void compute(long id, String kind, String period) {
		Map<String, Object> candidates = new LinkedHashMap<>();
		switch (kind) {
			case "QUARTERLY" -> {
				List<RecognitionRules.Contender> contenders = quarterContenders(period);
				candidates.put("ranking", contenders);
				candidates.put("winners", RecognitionRules.quarterly(contenders));
			}
			case "PHASE1_REVIEW" -> {
				List<RecognitionRules.Contender> contenders = phaseContenders(period);
				candidates.put("ranking", contenders);
				candidates.put("winners", RecognitionRules.phase1Review(contenders, participationGoal, nationalLeaders));
			}
			default -> candidates.put("winners", outstandingIndividuals());
		}
		jdbc.update("update collective_recognition set candidates = ? where id = ?", serialized(candidates), id);
	}

	/** BPMN {@code publishRecognition}: the confirmed or amended winners become public. */
	@Transactional
	public void publish(long id, String decision, String amendedWinners, String note, String confirmedBy) {
		String winners;
		if ("amend".equals(decision)) {
			winners = serialized(Map.of("AMENDED", List.of(amendedWinners.split("\\s*,\\s*"))));
		}
		else {
			JsonNode candidates = read(jdbc.queryForObject("select candidates from collective_recognition where id = ?",
					String.class, id));
			winners = candidates.path("winners").toString();
		}
		jdbc.update("""
				update collective_recognition set status = 'PUBLISHED', winners = ?, note = ?, confirmed_by = ?,
				    published_at = ? where id = ?""", winners, note, confirmedBy, Timestamp.from(clock.instant()), id);
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> published() {
		return jdbc.query("""
				select id, kind, period, winners, note, published_at from collective_recognition
				where status = 'PUBLISHED' order by published_at desc""", (rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", rs.getLong("id"));
			row.put("kind", rs.getString("kind"));
			row.put("period", rs.getString("period"));
			row.put("winners", read(rs.getString("winners")));
			row.put("note", rs.getString("note"));
			row.put("publishedAt", rs.getTimestamp("published_at").toInstant());
			return row;
		});
	}

	@Transactional(readOnly = true)
	public Map<String, Object> one(PlatformUser office, long id) {
		if (!office.hasRole(Role.PROGRAMME_OFFICE)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
		List<Map<String, Object>> rows = jdbc.query("select * from collective_recognition where id = ?", (rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", rs.getLong("id"));
			row.put("kind", rs.getString("kind"));
			row.put("period", rs.getString("period"));
			row.put("status", rs.getString("status"));
			row.put("candidates", read(rs.getString("candidates")));
			row.put("winners", rs.getString("winners") == null ? null : read(rs.getString("winners")));
			return row;
		}, id);
		if (rows.isEmpty()) {
			throw ProblemException.notFound("recognition.not-found", id);
		}
		return rows.get(0);
	}

	/** The recognition a process runs for, by the process's business key {@code <kind>:<period>}. */
	@Transactional(readOnly = true)
	public Map<String, Object> ofProcess(PlatformUser office, String businessKey) {
		String[] kindAndPeriod = businessKey.split(":", 2);
		List<Long> ids = kindAndPeriod.length < 2 ? List.of()
				: jdbc.queryForList("select id from collective_recognition where kind = ? and period = ?", Long.class,
						kindAndPeriod[0], kindAndPeriod[1]);
		if (ids.isEmpty()) {
			throw ProblemException.notFound("recognition.not-found", businessKey);
		}
		return one(office, ids.get(0));
	}

	private List<RecognitionRules.Contender> quarterContenders(String quarter) {
		return jdbc.query("""
				select u.code, u.cluster_code, coalesce(q.initiative_count, 0), t.initiative_count
				from unit u
				left join unit_quarter_total q on q.unit_code = u.code and q.quarter = ?
				left join target t on t.unit_code = u.code and t.period = ?
				where u.level = 'LEVEL2' order by u.code""",
				(rs, n) -> new RecognitionRules.Contender(rs.getString(1), rs.getString(2), rs.getLong(3),
						(Integer) rs.getObject(4), null),
				quarter, quarter);
	}

	private List<RecognitionRules.Contender> phaseContenders(String phase) {
		return jdbc.query("""
				select u.code, u.cluster_code, coalesce(p.initiative_count, 0), t.initiative_count,
				       case when u.member_count > 0 then round(coalesce(p.author_count, 0) * 100.0 / u.member_count, 1) end
				from unit u
				left join unit_phase_total p on p.unit_code = u.code and p.phase_code = ?
				left join target t on t.unit_code = u.code and t.period = ?
				where u.level = 'LEVEL2' order by u.code""",
				(rs, n) -> new RecognitionRules.Contender(rs.getString(1), rs.getString(2), rs.getLong(3),
						(Integer) rs.getObject(4), rs.getBigDecimal(5)),
				phase, phase);
	}

	/** per target group, the credited authors with the most published initiatives, then the most benefit. */
	private Map<String, List<Map<String, Object>>> outstandingIndividuals() {
		Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
		jdbc.query("""
				select c.target_group, i.credited_name, coalesce(i.credited_username, ''), count(*) n,
				       coalesce(sum(i.benefit_vnd), 0) benefit
				from initiative i
				join contributor c on c.initiative_id = i.id and c.full_name = i.credited_name
				where i.status = 'PUBLISHED'
				group by c.target_group, i.credited_name, coalesce(i.credited_username, '')
				order by c.target_group, n desc, benefit desc""", rs -> {
			List<Map<String, Object>> group = byGroup.computeIfAbsent(rs.getString(1), g -> new java.util.ArrayList<>());
			if (group.size() < 5) {
				group.add(Map.of("name", rs.getString(2), "username", rs.getString(3), "initiatives", rs.getLong(4),
						"benefitVnd", rs.getLong(5)));
			}
		});
		return byGroup;
	}

	private String checkedPeriod(String kind, String period) {
		if (kind == null || !KINDS.contains(kind)) {
			throw ProblemException.badRequest("recognition.kind.invalid", kind);
		}
		return switch (kind) {
			case "QUARTERLY" -> {
				Quarter quarter = Quarter.parse(period == null ? "" : period)
					.orElseThrow(() -> ProblemException.badRequest("target.period.invalid", period));
				if (quarter.lastDay().isBefore(calendar.programmeStart()) || quarter.firstDay().isAfter(calendar.programmeEnd())) {
					throw ProblemException.badRequest("target.period.outside-programme", period);
				}
				yield quarter.toString();
			}
			case "PHASE1_REVIEW" -> calendar.phases().get(0).code();
			default -> "FINAL";
		};
	}

	private String serialized(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
