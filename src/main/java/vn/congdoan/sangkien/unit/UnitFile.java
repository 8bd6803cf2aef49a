package vn.congdoan.sangkien.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.congdoan.sangkien.system.RowProblem;
import vn.congdoan.sangkien.system.TableFile;
import vn.congdoan.sangkien.unit.UnitTree.Place;

/**
 * The units of a file the VGCL Office imports, checked against each other and against the tree already
 * stored, all in memory: every wrong cell becomes a row problem, and the file is stored only without any.
 * Columns by position: code, name, parent code, level (1 VGCL .. 4 grassroots), cluster or bloc, member count.
 */
final class UnitFile {

	static final List<String> COLUMNS = List.of("code", "name", "parent", "level", "cluster", "memberCount");

	/** A row as it will be stored; a unit with a problem in a cell has null there and is never stored. */
	record ImportedUnit(int row, String code, String name, String parentCode, UnitLevel level, String clusterCode,
			Integer memberCount) {
	}

	private final Map<String, ImportedUnit> units = new LinkedHashMap<>();

	private final List<RowProblem> problems = new ArrayList<>();

	private UnitFile() {
	}

	/**
	 * Checks the rows of a file: cells, duplicates, then the tree the file and the stored units make together
	 * (parents known, levels one below the parent's and unchanged, no cycle, no counted unit moved).
	 */
	static UnitFile check(List<TableFile.Row> rows, Map<String, Place> stored, Set<String> clusters, CountedUnits counted) {
		UnitFile file = new UnitFile();
		for (TableFile.Row row : rows) {
			file.read(row, stored, clusters);
		}
		file.checkTree(stored, counted);
		file.problems.sort(RowProblem.inFileOrder(COLUMNS));
		return file;
	}

	List<RowProblem> problems() {
		return problems;
	}

	/** The units in the file, parents before children (VGCL, level 2, direct-superior, grassroots). */
	List<ImportedUnit> units() {
		return units.values().stream().sorted(Comparator.comparing(ImportedUnit::level)).toList();
	}

	private void read(TableFile.Row row, Map<String, Place> stored, Set<String> clusters) {
		int n = row.number();
		String code = row.required(0, "code", 32, problems);
		String name = row.required(1, "name", 255, problems);
		UnitLevel level = level(row);
		String parent = row.cell(2).isEmpty() ? null : row.cell(2);
		if (level != null && level != UnitLevel.NATIONAL && parent == null) {
			problems.add(new RowProblem(n, "parent", "import.cell.missing"));
		}
		if (level == UnitLevel.NATIONAL && parent != null) {
			problems.add(new RowProblem(n, "level", "unit-import.level.national-has-parent", parent));
		}
		String cluster = row.cell(4).isEmpty() ? null : row.cell(4);
		if (cluster != null && level != null && level != UnitLevel.LEVEL2) {
			problems.add(new RowProblem(n, "cluster", "unit-import.cluster.not-level2", cluster));
		}
		else if (cluster != null && !clusters.contains(cluster)) {
			problems.add(new RowProblem(n, "cluster", "unit-import.cluster.unknown", cluster));
		}
		Integer members = row.count(5, "memberCount", problems);
		if (code == null) {
			return;
		}
		ImportedUnit first = units.get(code);
		if (first != null) {
			problems.add(new RowProblem(n, "code", "unit-import.code.duplicate", code, first.row()));
			return;
		}
		Place place = stored.get(code);
		if (place != null && level != null && place.level() != level) {
			problems.add(new RowProblem(n, "level", "unit-import.level.changed", number(level), number(place.level())));
		}
		if (place == null && level == UnitLevel.NATIONAL
				&& stored.values().stream().anyMatch(other -> other.level() == UnitLevel.NATIONAL)) {
			// One VGCL: a second root would split the tree and every total that rolls up to it.
			problems.add(new RowProblem(n, "level", "unit-import.level.national-exists", code));
		}
		units.put(code, new ImportedUnit(n, code, name, parent, level, cluster, members));
	}

	/** A level as 1-4 or as its name (GRASSROOTS), or null with a problem. */
	private UnitLevel level(TableFile.Row row) {
		String value = row.required(3, "level", 20, problems);
		if (value == null) {
			return null;
		}
		if (value.matches("[1-4]")) {
			return UnitLevel.values()[Integer.parseInt(value) - 1];
		}
		try {
			return UnitLevel.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new RowProblem(row.number(), "level", "unit-import.level.unknown", value));
			return null;
		}
	}

	private void checkTree(Map<String, Place> stored, CountedUnits counted) {
		Map<String, Integer> moved = new HashMap<>();
		for (ImportedUnit unit : units.values()) {
			if (unit.parentCode() == null || unit.level() == UnitLevel.NATIONAL) {
				continue; // VGCL with a parent is told once, by its level
			}
			UnitLevel parentLevel = levelOf(unit.parentCode(), stored);
			boolean parentKnown = units.containsKey(unit.parentCode()) || stored.containsKey(unit.parentCode());
			if (!parentKnown) {
				problems.add(new RowProblem(unit.row(), "parent", "unit-import.parent.unknown", unit.parentCode()));
			}
			else if (unit.level() != null && parentLevel != null && unit.level().ordinal() != parentLevel.ordinal() + 1) {
				problems.add(new RowProblem(unit.row(), "level", "unit-import.level.not-below-parent", number(unit.level()),
						unit.parentCode(), number(parentLevel)));
			}
			Place place = stored.get(unit.code());
			if (place != null && !unit.parentCode().equals(place.parentCode())) {
				moved.put(unit.code(), unit.row());
			}
		}
		checkCycles(stored);
		if (!moved.isEmpty()) {
			for (String code : counted.withCountedInitiatives(moved.keySet())) {
				problems.add(new RowProblem(moved.get(code), "parent", "unit-import.parent.counted", code,
						stored.get(code).parentCode()));
			}
		}
	}

	private UnitLevel levelOf(String code, Map<String, Place> stored) {
		ImportedUnit inFile = units.get(code);
		if (inFile != null) {
			return inFile.level();
		}
		Place place = stored.get(code);
		return place == null ? null : place.level();
	}

	/**
	 * Walks up from every unit of the file through the parents the file gives, else the stored ones; a walk
	 * that comes back to a unit of its own path has found a cycle, told on each row of the file in it.
	 */
	private void checkCycles(Map<String, Place> stored) {
		Set<String> finished = new HashSet<>();
		for (String start : units.keySet()) {
			List<String> path = new ArrayList<>();
			Map<String, Integer> onPath = new HashMap<>();
			String code = start;
			while (code != null && !finished.contains(code) && !onPath.containsKey(code)) {
				onPath.put(code, path.size());
				path.add(code);
				code = parentOf(code, stored);
			}
			if (code != null && onPath.containsKey(code)) {
				List<String> cycle = path.subList(onPath.get(code), path.size());
				for (String member : cycle) {
					ImportedUnit unit = units.get(member);
					if (unit != null) {
						problems.add(new RowProblem(unit.row(), "parent", "unit-import.parent.cycle", String.join(" → ", cycle)));
					}
				}
			}
			finished.addAll(path);
		}
	}

	private String parentOf(String code, Map<String, Place> stored) {
		ImportedUnit inFile = units.get(code);
		if (inFile != null) {
			return inFile.parentCode();
		}
		Place place = stored.get(code);
		return place == null ? null : place.parentCode();
	}

	private static int number(UnitLevel level) {
		return level.ordinal() + 1;
	}
}
