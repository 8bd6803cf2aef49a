package vn.congdoan.sangkien.portal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.programme.Quarter;
import vn.congdoan.sangkien.unit.Units;

/**
 * The running totals dashboards read (docs/architecture.md, Decisions): per unit and phase, for the initiative's unit and
 * every unit above it, the count of published initiatives, of distinct credited authors and the
 * monetary benefit; the same for the whole programme, an author counted once across phases;
 * per quarter of the upload the count; and per phase the count of each kind. Updated in the transaction of the
 * upload; never a COUNT(*) per page view.
 */
@Component
class UnitPhaseTotals {

	private final JdbcTemplate jdbc;

	private final Units units;

	UnitPhaseTotals(JdbcTemplate jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	void count(Initiative initiative) {
		long benefit = initiative.getBenefitVnd() == null ? 0 : initiative.getBenefitVnd();
		String quarter = Quarter.of(initiative.getPortalUploadedAt());
		List<String> chain = units.selfAndAncestors(initiative.getUnitCode());
		for (String unit : chain) {
			jdbc.update("""
					insert into unit_quarter_total (unit_code, quarter, initiative_count) values (?, ?, 1)
					on conflict (unit_code, quarter) do update set initiative_count = unit_quarter_total.initiative_count + 1""",
					unit, quarter);
			int newInProgramme = jdbc.update("""
					insert into unit_programme_author (unit_code, author) values (?, ?) on conflict do nothing""",
					unit, initiative.creditedAuthorKey());
			jdbc.update("""
					insert into unit_programme_total (unit_code, initiative_count, author_count, benefit_vnd)
					values (?, 1, ?, ?)
					on conflict (unit_code) do update set
					    initiative_count = unit_programme_total.initiative_count + 1,
					    author_count = unit_programme_total.author_count + excluded.author_count,
					    benefit_vnd = unit_programme_total.benefit_vnd + excluded.benefit_vnd""",
					unit, newInProgramme, benefit);
			int newAuthor = jdbc.update("""
					insert into unit_phase_author (unit_code, phase_code, author) values (?, ?, ?)
					on conflict do nothing""", unit, initiative.getPhaseCode(), initiative.creditedAuthorKey());
			jdbc.update("""
					insert into unit_phase_total (unit_code, phase_code, initiative_count, author_count, benefit_vnd)
					values (?, ?, 1, ?, ?)
					on conflict (unit_code, phase_code) do update set
					    initiative_count = unit_phase_total.initiative_count + 1,
					    author_count = unit_phase_total.author_count + excluded.author_count,
					    benefit_vnd = unit_phase_total.benefit_vnd + excluded.benefit_vnd""",
					unit, initiative.getPhaseCode(), newAuthor, benefit);
			if (initiative.getKind() == null) {
				continue;
			}
			jdbc.update("""
					insert into unit_phase_kind_total (unit_code, phase_code, kind, initiative_count) values (?, ?, ?, 1)
					on conflict (unit_code, phase_code, kind) do update set
					    initiative_count = unit_phase_kind_total.initiative_count + 1""",
					unit, initiative.getPhaseCode(), initiative.getKind().name());
		}
	}
}
