package vn.congdoan.sangkien.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One gauge per value of a tag (a BPMN step, an incident type, a phase), set from a grouped count of a
 * {@link RefreshedGauges}: a value seen once stays, at 0 when the count no longer names it, so that a step with
 * no task left reads 0 rather than vanishing. The tag's values are few by nature: never a user, a unit or an id.
 */
public final class TaggedGauges {

	private final MeterRegistry registry;

	private final String name;

	private final String tag;

	private final String description;

	private final String baseUnit;

	private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

	/** {@code always}: the tag's values that read 0 before the first count names them. */
	public TaggedGauges(MeterRegistry registry, String name, String tag, String description, String baseUnit,
			String... always) {
		this.registry = registry;
		this.name = name;
		this.tag = tag;
		this.description = description;
		this.baseUnit = baseUnit;
		for (String value : always) {
			gauge(value);
		}
	}

	/** The counts by tag value; values seen before and missing here read 0. */
	public void set(Map<String, ? extends Number> counts) {
		counts.keySet().forEach(this::gauge);
		values.forEach((value, gauge) -> {
			Number count = counts.get(value);
			gauge.set(count == null ? 0 : count.longValue());
		});
	}

	private AtomicLong gauge(String value) {
		return values.computeIfAbsent(value, key -> {
			AtomicLong holder = new AtomicLong();
			Gauge.builder(name, holder, AtomicLong::get).description(description).baseUnit(baseUnit).tag(tag, key)
				.register(registry);
			return holder;
		});
	}
}
