package vn.congdoan.sangkien.system;

import java.util.Comparator;
import java.util.List;

/**
 * One wrong cell of an imported file: its row number as Excel shows it, the column (a stable English name,
 * labelled in the user's language by {@code import.column.<column>}), a stable code and its message's arguments.
 */
public record RowProblem(int row, String column, String code, Object... arguments) {

	/** Row by row, and in a row from the first column to the last, as people read the file. */
	public static Comparator<RowProblem> inFileOrder(List<String> columns) {
		return Comparator.comparingInt(RowProblem::row).thenComparingInt(problem -> columns.indexOf(problem.column()));
	}
}
