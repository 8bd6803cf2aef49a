package vn.congdoan.sangkien.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A page the API was asked for, made safe: a negative page is the first, a size beyond the list's cap is the cap.
 * Clamped rather than refused, so that a client asking for "everything" gets a full page and the count header.
 */
public final class Paging {

	/** The header that tells how many rows a paged list holds in all. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private Paging() {
	}

	public static Pageable clamped(int page, int size, int maxSize) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), maxSize));
	}
}
