package vn.congdoan.sangkien.unit;

import java.util.Set;

/**
 * The codes of the emulation clusters and blocs, which the programme keeps: an imported unit
 * may name only one of these. The unit module owns the question, the programme answers it.
 */
public interface KnownClusters {

	Set<String> codes();
}
