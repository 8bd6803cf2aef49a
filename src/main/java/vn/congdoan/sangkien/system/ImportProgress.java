package vn.congdoan.sangkien.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * How far the imports of large files are, for the page's progress bar to poll: keyed by an id the page
 * makes up, kept in this node's memory for ten minutes. The import itself runs in the request; on two
 * nodes the poll may reach the other node and show no progress, which costs the bar, not the import.
 */
@Component
public class ImportProgress {

	/** What an import is doing (reading, checking, writing, done or refused) and how many rows of how many. */
	public record Progress(String step, int done, int total) {
	}

	private final Cache<String, Progress> imports = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(1_000)
		.build();

	/** Records the step of the import with this id; an import without an id (the API's) is not followed. */
	public void report(String id, String step, int done, int total) {
		if (id != null && !id.isBlank()) {
			imports.put(id, new Progress(step, done, total));
		}
	}

	public Progress of(String id) {
		Progress progress = imports.getIfPresent(id);
		return progress == null ? new Progress("waiting", 0, 0) : progress;
	}
}
