package vn.congdoan.sangkien.programme;

import java.sql.Date;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.Units;

/**
 * the VGCL Office changes the calendar (a phase's name, qualifying dates, upload window, national target), each
 * change kept with who made it, when, and the phase before and after ({@code programme_change}, where the targets'
 * changes are kept too). A change after which an initiative already counted would belong to another phase, or to none,
 * is refused and changes nothing: the running totals counted each initiative once, in its phase, and are never
 * counted again.
 */
@Service
public class CalendarChanges {

	static final String NAME = "name";

	static final String QUALIFIES_FROM = "qualifiesFrom";

	static final String QUALIFIES_TO = "qualifiesTo";

	static final String UPLOAD_OPENS_AT = "uploadOpensAt";

	static final String UPLOAD_CLOSES_AT = "uploadClosesAt";

	static final String NATIONAL_TARGET = "nationalTarget";

	/** The field of a target's change, written by {@code Targets}. */
	static final String COUNT = "count";

	/** The order the page tells a change in (jsonb keeps its keys in an order of its own). */
	private static final List<String> FIELDS = List.of(NAME, QUALIFIES_FROM, QUALIFIES_TO, UPLOAD_OPENS_AT, UPLOAD_CLOSES_AT,
			NATIONAL_TARGET, COUNT);

	/** As many changes as the Office's page shows. */
	private static final int LATEST = 15;

	private static final int NAME_LENGTH = 255;

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ProgrammeCalendar calendar;

	private final Units units;

	private final Clock clock;

	private final ObjectMapper json;

	CalendarChanges(JdbcTemplate jdbc, ProgrammeCalendar calendar, Units units, Clock clock, ObjectMapper json) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.units = units;
		this.clock = clock;
		this.json = json;
	}

	/** What the Office sets for a phase; its code stays, since initiatives and totals refer to it. */
	public record PhaseSettings(String name, LocalDate qualifiesFrom, LocalDate qualifiesTo, Instant uploadOpensAt,
			Instant uploadClosesAt, Integer nationalTarget) {

		public static PhaseSettings of(ProgrammePhase phase) {
			return new PhaseSettings(phase.name(), phase.qualifiesFrom(), phase.qualifiesTo(), phase.uploadOpensAt(),
					phase.uploadClosesAt(), phase.nationalTarget());
		}

		/** As the audit keeps it: ISO dates and instants, so that the record reads the same in any language. */
		Map<String, Object> recorded() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put(NAME, name);
			values.put(QUALIFIES_FROM, qualifiesFrom.toString());
			values.put(QUALIFIES_TO, qualifiesTo.toString());
			values.put(UPLOAD_OPENS_AT, uploadOpensAt.toString());
			values.put(UPLOAD_CLOSES_AT, uploadClosesAt.toString());
			values.put(NATIONAL_TARGET, nationalTarget);
			return values;
		}
	}

	/** One change of a phase ({@code PHASE}, keyed by its code) or of a target ({@code TARGET}, "unit/period"). */
	public record Change(long id, String subject, String subjectKey, String changedBy, Instant changedAt,
			Map<String, Object> before, Map<String, Object> after) {

		/** What changed, each value written as the programme writes it (01/09/2021, 24:00 31/05/2022, 300.000). */
		public List<Difference> differences() {
			Set<String> fields = new HashSet<>(after.keySet());
			if (before != null) {
				fields.addAll(before.keySet());
			}
			return fields.stream()
				.sorted(Comparator.comparingInt(FIELDS::indexOf))
				.filter(field -> before == null || !Objects.equals(before.get(field), after.get(field)))
				.map(field -> new Difference(field, written(field, before == null ? null : before.get(field)),
						written(field, after.get(field))))
				.toList();
		}

		private static String written(String field, Object value) {
			if (value == null) {
				return "-";
			}
			return switch (field) {
				case QUALIFIES_FROM, QUALIFIES_TO -> ProgrammeTime.day(LocalDate.parse(value.toString()));
				case UPLOAD_OPENS_AT -> ProgrammeTime.moment(Instant.parse(value.toString()));
				case UPLOAD_CLOSES_AT -> ProgrammeTime.endOf(Instant.parse(value.toString()));
				case NATIONAL_TARGET, COUNT -> NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
				default -> value.toString();
			};
		}
	}

	public record Difference(String field, String before, String after) {
	}

	/** Changes a phase, or refuses (403, 400 with each wrong field, 409 when counted initiatives would move) and changes nothing. */
	@Transactional
	public PhaseSettings change(PlatformUser office, String phaseCode, PhaseSettings settings) {
		checkOffice(office);
		// One calendar change at a time, so that two changes cannot each pass the overlap check; the lock also waits
		// for the counting of an initiative in this phase (its totals hold the phase's key) and makes it wait for this.
		jdbc.query("select code from programme_phase for update", row -> {
		});
		List<ProgrammePhase> phases = calendar.phases();
		ProgrammePhase phase = phases.stream().filter(p -> p.code().equals(phaseCode)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("programme.phase.unknown", phaseCode));
		check(settings, phases.stream().filter(other -> other != phase).toList());
		PhaseSettings before = PhaseSettings.of(phase);
		PhaseSettings after = new PhaseSettings(settings.name().strip(), settings.qualifiesFrom(), settings.qualifiesTo(),
				settings.uploadOpensAt(), settings.uploadClosesAt(), settings.nationalTarget());
		if (before.equals(after)) {
			return after;
		}
		refuseMovingCounted(phase, after, phases);
		jdbc.update("""
				update programme_phase set name = ?, qualifies_from = ?, qualifies_to = ?, upload_opens_at = ?,
				    upload_closes_at = ?, national_target = ? where code = ?""",
				after.name(), Date.valueOf(after.qualifiesFrom()), Date.valueOf(after.qualifiesTo()),
				Timestamp.from(after.uploadOpensAt()), Timestamp.from(after.uploadClosesAt()), after.nationalTarget(), phaseCode);
		jdbc.update("""
				insert into programme_change (subject, subject_key, changed_by, changed_at, before_value, after_value)
				values ('PHASE', ?, ?, ?, ?::jsonb, ?::jsonb)""",
				phaseCode, office.username(), Timestamp.from(clock.instant()), written(before.recorded()),
				written(after.recorded()));
		return after;
	}

	/** The changes of a phase, the latest first. */
	@Transactional(readOnly = true)
	public List<Change> changesOf(PlatformUser office, String phaseCode) {
		checkOffice(office);
		calendar.phase(phaseCode).orElseThrow(() -> ProblemException.notFound("programme.phase.unknown", phaseCode));
		return jdbc.query("""
				select id, subject, subject_key, changed_by, changed_at, before_value, after_value from programme_change
				where subject = 'PHASE' and subject_key = ? order by changed_at desc, id desc""", change(), phaseCode);
	}

	/** The latest changes of the calendar and the targets, for the Office's page. */
	@Transactional(readOnly = true)
	public List<Change> latest(PlatformUser office) {
		checkOffice(office);
		return jdbc.query("""
				select id, subject, subject_key, changed_by, changed_at, before_value, after_value from programme_change
				order by changed_at desc, id desc limit ?""", change(), LATEST);
	}

	/** The calendar is the VGCL Office's: the programme office of the national unit, nobody else. */
	private void checkOffice(PlatformUser user) {
		if (!user.holds(Role.PROGRAMME_OFFICE, units.national().code())) {
			throw ProblemException.forbidden("programme.calendar.office-only");
		}
	}

	private static void check(PhaseSettings settings, List<ProgrammePhase> others) {
		List<FieldProblem> problems = new ArrayList<>();
		if (settings.name() == null || settings.name().isBlank()) {
			problems.add(new FieldProblem(NAME, "programme.phase.name.required"));
		}
		else if (settings.name().strip().length() > NAME_LENGTH) {
			problems.add(new FieldProblem(NAME, "programme.phase.name.too-long", NAME_LENGTH));
		}
		required(problems, QUALIFIES_FROM, settings.qualifiesFrom());
		required(problems, QUALIFIES_TO, settings.qualifiesTo());
		required(problems, UPLOAD_OPENS_AT, settings.uploadOpensAt());
		required(problems, UPLOAD_CLOSES_AT, settings.uploadClosesAt());
		required(problems, NATIONAL_TARGET, settings.nationalTarget());
		LocalDate from = settings.qualifiesFrom();
		LocalDate to = settings.qualifiesTo();
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new FieldProblem(QUALIFIES_TO, "programme.phase.qualifies.order", ProgrammeTime.day(from),
					ProgrammeTime.day(to)));
		}
		else if (from != null && to != null) {
			// a recognition date qualifies for one phase at most.
			others.stream().filter(other -> !to.isBefore(other.qualifiesFrom()) && !from.isAfter(other.qualifiesTo()))
				.forEach(other -> problems.add(new FieldProblem(QUALIFIES_FROM, "programme.phase.overlaps", other.name(),
						ProgrammeTime.day(other.qualifiesFrom()), ProgrammeTime.day(other.qualifiesTo()))));
		}
		if (settings.uploadOpensAt() != null && settings.uploadClosesAt() != null
				&& !settings.uploadOpensAt().isBefore(settings.uploadClosesAt())) {
			problems.add(new FieldProblem(UPLOAD_CLOSES_AT, "programme.phase.upload.order",
					ProgrammeTime.moment(settings.uploadOpensAt()), ProgrammeTime.endOf(settings.uploadClosesAt())));
		}
		if (settings.nationalTarget() != null && settings.nationalTarget() < 0) {
			problems.add(new FieldProblem(NATIONAL_TARGET, "target.negative"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields("programme.phase.invalid", problems);
		}
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "programme.phase.field.required", field));
		}
	}

	/**
	 * refuses a change after which a counted initiative's recognition date would put it in another phase or in
	 * none. One query on the counted initiatives, by their dates (two indexes, V27): those of this phase whose date
	 * falls outside its new range, each with the phase it would fall in, if any; and those of another phase whose date
	 * falls in the days the new range adds. Only the days that change are read, not the phase's million rows.
	 */
	private void refuseMovingCounted(ProgrammePhase phase, PhaseSettings after, List<ProgrammePhase> phases) {
		String code = phase.code();
		LocalDate from = after.qualifiesFrom();
		LocalDate to = after.qualifiesTo();
		// The days the new range adds before and after the old one; a range that ends before it starts holds none.
		LocalDate addedBeforeTo = phase.qualifiesFrom().minusDays(1);
		LocalDate addedAfterFrom = phase.qualifiesTo().plusDays(1);
		record Move(String countedIn, String movesTo, long initiatives) {
		}
		List<Move> moves = jdbc.query("""
				select k.phase_code, case when k.phase_code = ? then p.code else ? end, count(*)
				from counted_initiative k
				left join programme_phase p on k.phase_code = ? and p.code <> ?
				    and k.recognition_date between p.qualifies_from and p.qualifies_to
				where (k.phase_code = ? and k.recognition_date < ?)
				   or (k.phase_code = ? and k.recognition_date > ?)
				   or (k.recognition_date between ? and ? and k.phase_code <> ?)
				   or (k.recognition_date between ? and ? and k.phase_code <> ?)
				group by 1, 2""",
				(row, n) -> new Move(row.getString(1), row.getString(2), row.getLong(3)),
				code, code, code, code, code, Date.valueOf(from), code, Date.valueOf(to), Date.valueOf(from),
				Date.valueOf(addedBeforeTo), code, Date.valueOf(addedAfterFrom), Date.valueOf(to), code);
		if (moves.isEmpty()) {
			return;
		}
		Move largest = moves.stream().max(Comparator.comparingLong(Move::initiatives)).orElseThrow();
		String countedIn = nameOf(largest.countedIn(), phase, after, phases);
		if (largest.movesTo() == null) {
			throw ProblemException.conflict("programme.calendar.moves-counted-outside", largest.initiatives(), countedIn);
		}
		throw ProblemException.conflict("programme.calendar.moves-counted", largest.initiatives(), countedIn,
				nameOf(largest.movesTo(), phase, after, phases));
	}

	private static String nameOf(String code, ProgrammePhase changed, PhaseSettings after, List<ProgrammePhase> phases) {
		if (code.equals(changed.code())) {
			return after.name();
		}
		return phases.stream().filter(p -> p.code().equals(code)).map(ProgrammePhase::name).findFirst().orElse(code);
	}

	private String written(Map<String, Object> values) {
		try {
			return json.writeValueAsString(values);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A phase's values are plain strings and a number", e);
		}
	}

	private RowMapper<Change> change() {
		return (row, n) -> new Change(row.getLong("id"), row.getString("subject"), row.getString("subject_key"),
				row.getString("changed_by"), row.getTimestamp("changed_at").toInstant(), read(row.getString("before_value")),
				read(row.getString("after_value")));
	}

	private Map<String, Object> read(String values) {
		if (values == null) {
			return null;
		}
		try {
			return json.readValue(values, VALUES);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A change as V27 keeps it", e);
		}
	}
}
