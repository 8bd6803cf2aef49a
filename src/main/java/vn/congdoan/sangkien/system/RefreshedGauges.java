package vn.congdoan.sangkien.system;

/**
 * Gauges whose values a database query gives (open tasks, incidents, the outbox): counted again on a schedule by
 * {@link GaugeRefresh}, so that a scrape reads numbers already there and never queries the database itself.
 */
public interface RefreshedGauges {

	/** Counts again, with one grouped query where it can, and sets the gauges. */
	void refresh();
}
