package vn.congdoan.sangkien.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the collective recognitions are computed and when they start, with the defaults in
 * {@code application.yaml}.
 *
 * @param recognition the collective recognitions (R-7.1 - R-7.3)
 * @param reports the reports of
 */
@ConfigurationProperties("sangkien")
record ReportingSettings(Recognition recognition, Reports reports) {

	/**
	 * @param openDataDownloads how many downloads of the open data a node serves at once (each reads every published
	 *        initiative and holds a database connection while its reader reads); when the monthly report is made is
	 *        {@code sangkien.reports.monthly}, read by {@link MonthlyReportSchedule}'s annotations
	 */
	record Reports(int openDataDownloads) {
	}

	/**
	 * @param nationalLeaders how many units leading the nation by share of their target the phase-1 review
	 *        commends; when the recognitions start by themselves is {@code sangkien.recognition.schedule},
	 *        read by {@link RecognitionSchedule}'s annotations
	 * @param blocsInPhase1Review whether the phase-1 review also commends the leader of each bloc: the guideline
	 *        names the emulation clusters only, the Office may extend it
	 * @param individualsPerGroup how many individuals of each target group the final review proposes when the Office
	 *        does not say
	 */
	record Recognition(int nationalLeaders, boolean blocsInPhase1Review, int individualsPerGroup) {
	}
}
