package vn.congdoan.sangkien.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An imported file refused whole because some of its rows are wrong (422): the first {@value #SHOWN} row
 * problems in row order, and how many there are in all. Nothing of the file was stored.
 */
public class RowsRefused extends ProblemException {

	static final int SHOWN = 200;

	private final transient List<RowProblem> shown;

	private final int total;

	public RowsRefused(List<RowProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "import.rows-refused", problems.size());
		this.shown = List.copyOf(problems.subList(0, Math.min(SHOWN, problems.size())));
		this.total = problems.size();
	}

	public List<RowProblem> shown() {
		return shown;
	}

	public int total() {
		return total;
	}
}
