package vn.congdoan.sangkien.unit;

import java.util.Collection;
import java.util.Set;

/**
 * Which units already have published initiatives in the running totals, which count each initiative for its
 * unit and every unit above it: moving such a unit to another parent would leave both its old and its
 * new ancestors' totals wrong, so an import refuses it. The programme, which keeps the totals, answers.
 */
public interface CountedUnits {

	/** Those of the given units whose totals count at least one published initiative. */
	Set<String> withCountedInitiatives(Collection<String> codes);
}
