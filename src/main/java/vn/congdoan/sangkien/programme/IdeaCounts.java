package vn.congdoan.sangkien.programme;

/**
 * what a unit's dashboard shows of the ideas of its subtree. The idea module answers: it depends on this one
 * (through the initiative module), so the dashboard asks through this interface and shows nothing without an answer.
 */
public interface IdeaCounts {

	Counts countsOf(String unitCode);

	/**
	 * @param ideas posted in the subtree's grassroots unions
	 * @param ideaDays those unions have scheduled
	 * @param recognised ideas whose initiative draft was recognised by its council
	 */
	record Counts(long ideas, long ideaDays, long recognised) {
	}
}
