package vn.congdoan.sangkien.system;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes every module's {@link RefreshedGauges} each {@code sangkien.metrics.refresh-every} (30 s), on every node:
 * each node's scrape then says the same of the shared database, and Prometheus takes the largest (README, "Metrics").
 * A refresh that fails (the database is down) leaves its gauges at their last values and the others go on.
 */
@Component
public class GaugeRefresh {

	private static final Log LOG = LogFactory.getLog(GaugeRefresh.class);

	private final List<RefreshedGauges> gauges;

	GaugeRefresh(List<RefreshedGauges> gauges) {
		this.gauges = gauges;
	}

	@Scheduled(fixedDelayString = "${sangkien.metrics.refresh-every}")
	public void refreshAll() {
		for (RefreshedGauges gauge : gauges) {
			try {
				gauge.refresh();
			}
			catch (RuntimeException e) {
				LOG.warn("Gauges of " + gauge.getClass().getSimpleName() + " not refreshed: " + e);
			}
		}
	}
}
