package vn.congdoan.sangkien.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * the distinct credited authors of a unit over its members. The goal is judged on the exact fraction, so
 * that 9.95% does not meet a 10% goal by being shown as "10,0%"; the percent is for showing only.
 */
public record Participation(long authors, long members) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Rounded to one decimal, for pages and lists; null for a unit without members. */
	public BigDecimal percent() {
		return Leaderboards.percent(authors, members);
	}

	public boolean meets(BigDecimal goalPercent) {
		return members > 0 && BigDecimal.valueOf(authors).multiply(HUNDRED)
			.compareTo(goalPercent.multiply(BigDecimal.valueOf(members))) >= 0;
	}
}
