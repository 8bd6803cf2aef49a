package vn.congdoan.sangkien.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.unit.CountedUnits;
import vn.congdoan.sangkien.unit.Units;

/**
 * The running totals leaderboards, dashboards and recognitions read (never a COUNT(*) per page view): per
 * unit and phase, for the initiative's unit and every unit above it, the count of published initiatives,
 * of distinct credited authors and the monetary benefit; the same for the whole programme, an
 * author counted once across phases; per quarter of the upload the count; and per phase
 * the count of each kind.
 * <p>
 * Counted after the upload has committed, in a transaction of its own: the event publication registry
 * keeps the publication until this listener has completed, and hands it over again at the next start if
 * it has not. An initiative counted once is never counted again, however often it is handed over.
 */
@Component
class RunningTotals implements CountedUnits {

	private final JdbcTemplate jdbc;

	private final Units units;

	private final Clock clock;

	RunningTotals(JdbcTemplate jdbc, Units units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/** A unit has a programme total from its first counted initiative on (its own or one below it). */
	@Override
	public Set<String> withCountedInitiatives(Collection<String> codes) {
		return Set.copyOf(jdbc.queryForList("""
				select t.unit_code from unnest(?::varchar[]) as c(code)
				join unit_programme_total t on t.unit_code = c.code where t.initiative_count > 0""",
				String.class, (Object) codes.toArray(String[]::new)));
	}

	@ApplicationModuleListener
	void count(InitiativePublication published) {
		if (jdbc.update("""
				insert into counted_initiative (initiative_id, counted_at, phase_code, recognition_date) values (?, ?, ?, ?)
				on conflict do nothing""", published.initiativeId(), Timestamp.from(clock.instant()), published.phaseCode(),
				published.recognitionDate()) == 0) {
			return;
		}
		String quarter = Quarter.of(published.publishedAt());
		for (String unit : units.selfAndAncestors(published.unitCode())) {
			jdbc.update("""
					insert into unit_quarter_total (unit_code, quarter, initiative_count) values (?, ?, 1)
					on conflict (unit_code, quarter) do update set initiative_count = unit_quarter_total.initiative_count + 1""",
					unit, quarter);
			int newInProgramme = jdbc.update("""
					insert into unit_programme_author (unit_code, author) values (?, ?) on conflict do nothing""",
					unit, published.creditedAuthorKey());
			jdbc.update("""
					insert into unit_programme_total (unit_code, initiative_count, author_count, benefit_vnd)
					values (?, 1, ?, ?)
					on conflict (unit_code) do update set
					    initiative_count = unit_programme_total.initiative_count + 1,
					    author_count = unit_programme_total.author_count + excluded.author_count,
					    benefit_vnd = unit_programme_total.benefit_vnd + excluded.benefit_vnd""",
					unit, newInProgramme, published.benefitVnd());
			int newAuthor = jdbc.update("""
					insert into unit_phase_author (unit_code, phase_code, author) values (?, ?, ?)
					on conflict do nothing""", unit, published.phaseCode(), published.creditedAuthorKey());
			jdbc.update("""
					insert into unit_phase_total (unit_code, phase_code, initiative_count, author_count, benefit_vnd)
					values (?, ?, 1, ?, ?)
					on conflict (unit_code, phase_code) do update set
					    initiative_count = unit_phase_total.initiative_count + 1,
					    author_count = unit_phase_total.author_count + excluded.author_count,
					    benefit_vnd = unit_phase_total.benefit_vnd + excluded.benefit_vnd""",
					unit, published.phaseCode(), newAuthor, published.benefitVnd());
			if (published.kindName() == null) {
				continue;
			}
			jdbc.update("""
					insert into unit_phase_kind_total (unit_code, phase_code, kind, initiative_count) values (?, ?, ?, 1)
					on conflict (unit_code, phase_code, kind) do update set
					    initiative_count = unit_phase_kind_total.initiative_count + 1""",
					unit, published.phaseCode(), published.kindName());
		}
	}
}
