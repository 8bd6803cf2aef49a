package vn.congdoan.sangkien.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national data set the generator loads (README "National data set"), with the defaults in
 * {@code application.yaml} under {@code sangkien.generate}: the programme's real size.
 *
 * @param initiatives how many initiatives in all, the open ones included
 * @param batchSize how many finished initiatives one transaction loads (a stop loses at most one batch)
 * @param directSuperiors about how many direct-superior unions under the 82 units directly under VGCL
 * @param grassroots about how many grassroots unions under them
 * @param openTasks how many initiatives wait in an open step of their process, created through the engine
 * @param busyTeamTasks how many of those wait for the support team of the biggest grassroots union
 * @param threads how many batches or open initiatives are loaded at once
 * @param accounts how many Keycloak accounts of authors and officers of the busiest unions are created
 * @param accountPassword the password of the generated accounts
 * @param usersFile where the generated accounts are listed (username, role, unit) for the benchmark
 * @param check only check that the loaded totals agree with the rows, load nothing
 */
@ConfigurationProperties("sangkien.generate")
record NationalDataSetSettings(long initiatives, int batchSize, int directSuperiors, int grassroots, int openTasks,
		int busyTeamTasks, int threads, int accounts, String accountPassword, Path usersFile, boolean check) {
}
