package vn.congdoan.sangkien.reporting;

import java.time.Duration;
import java.time.YearMonth;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ScheduledRuns;

/**
 * the monthly report made by itself, on the first day of each month for the month before, by one node of
 * several ({@link ScheduledRuns}: the cron fires on each in the same minute); and at start-up when the last month's
 * is missing, so that a platform down on the first day still makes it.
 */
@Component
@ConditionalOnProperty(name = "sangkien.reports.monthly.enabled", matchIfMissing = true)
class MonthlyReportSchedule {

	private static final Log LOG = LogFactory.getLog(MonthlyReportSchedule.class);

	private final MonthlyReports reports;

	private final ScheduledRuns runs;

	MonthlyReportSchedule(MonthlyReports reports, ScheduledRuns runs) {
		this.reports = reports;
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		generate(reports.lastMonth());
	}

	@Scheduled(cron = "${sangkien.reports.monthly.cron}", zone = "Asia/Ho_Chi_Minh")
	void monthly() {
		if (runs.claim("monthly-report", Duration.ofMinutes(1))) {
			generate(reports.lastMonth());
		}
	}

	private void generate(YearMonth month) {
		if (reports.generateIfAbsent(month)) {
			LOG.info("Made the monthly report of " + month + " for the VGCL Office");
		}
	}
}
