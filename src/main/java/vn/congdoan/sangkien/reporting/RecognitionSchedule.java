package vn.congdoan.sangkien.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.programme.Quarter;

/**
 * The recognitions the programme's calendar calls for, started when they fall due (at start-up and each
 * night): each quarter of the programme once it has ended, the phase-1 review once phase 1's
 * upload window has closed, the final review once the last window has closed. The
 * calendar is data, so another programme year needs no change here.
 */
@Component
@ConditionalOnProperty(name = "sangkien.recognition.schedule.enabled", matchIfMissing = true)
public class RecognitionSchedule {

	private static final Log LOG = LogFactory.getLog(RecognitionSchedule.class);

	private final StartRecognition startRecognition;

	private final ProgrammeCalendar calendar;

	private final Clock clock;

	RecognitionSchedule(StartRecognition startRecognition, ProgrammeCalendar calendar, Clock clock) {
		this.startRecognition = startRecognition;
		this.calendar = calendar;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${sangkien.recognition.schedule.cron}", zone = "Asia/Ho_Chi_Minh")
	public void startDue() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		Quarter quarter = Quarter.parse(Quarter.of(calendar.programmeStart().atStartOfDay(clock.getZone()).toInstant())).orElseThrow();
		while (!quarter.firstDay().isAfter(calendar.programmeEnd()) && quarter.lastDay().isBefore(today)) {
			started(RecognitionKind.QUARTERLY, quarter.toString());
			quarter = Quarter.parse(Quarter.of(quarter.lastDay().plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
				.orElseThrow();
		}
		var phases = calendar.phases();
		if (!phases.isEmpty() && !now.isBefore(phases.get(0).uploadClosesAt())) {
			started(RecognitionKind.PHASE1_REVIEW, phases.get(0).code());
		}
		if (phases.stream().map(ProgrammePhase::uploadClosesAt).allMatch(closes -> !now.isBefore(closes))) {
			started(RecognitionKind.FINAL_REVIEW, "FINAL");
		}
	}

	private void started(RecognitionKind kind, String period) {
		if (startRecognition.startIfAbsent(kind, period)) {
			LOG.info("Started the collective recognition " + kind + " " + period + " from the programme calendar");
		}
	}
}
