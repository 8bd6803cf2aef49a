package vn.congdoan.sangkien.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Profile {@code generate} (README "National data set"): once the platform has started (its migrations run,
 * its processes deployed, the demo written), loads the national data set, or goes on with it after a stop,
 * creates the accounts of the busiest unions, checks that the totals agree with the rows and exits: 0 when
 * they do, 1 when they do not or the load failed. Never at a normal start.
 */
@Component
@Profile("generate")
class GenerateCommand {

	private static final Log LOG = LogFactory.getLog(GenerateCommand.class);

	private final NationalDataSet dataSet;

	private final NationalDataSetCheck check;

	private final GeneratedAccounts accounts;

	private final NationalDataSetSettings settings;

	GenerateCommand(NationalDataSet dataSet, NationalDataSetCheck check, GeneratedAccounts accounts,
			NationalDataSetSettings settings) {
		this.dataSet = dataSet;
		this.check = check;
		this.accounts = accounts;
		this.settings = settings;
	}

	@EventListener
	void onReady(ApplicationReadyEvent ready) {
		int code;
		try {
			code = run();
		}
		catch (RuntimeException e) {
			LOG.error("The national data set could not be loaded; run the same command again to go on", e);
			code = 1;
		}
		int exitCode = code;
		ConfigurableApplicationContext context = ready.getApplicationContext();
		// Exits once the context has closed: Keycloak and PostgreSQL are stopped cleanly, their data kept.
		new Thread(() -> System.exit(SpringApplication.exit(context, () -> exitCode)), "generate-exit").start();
	}

	private int run() {
		if (!settings.check()) {
			long started = System.nanoTime();
			dataSet.load(settings);
			accounts.create(settings, accounts.chosen(settings, dataSet.busiestUnion()));
			LOG.info("Loaded in %d s".formatted((System.nanoTime() - started) / 1_000_000_000L));
		}
		long started = System.nanoTime();
		List<NationalDataSetCheck.Line> lines = check.run();
		boolean holds = lines.stream().allMatch(NationalDataSetCheck.Line::holds);
		LOG.info("Check of the national data set (%d s):%n%s%n%s".formatted((System.nanoTime() - started) / 1_000_000_000L,
				NationalDataSetCheck.table(lines), holds ? "All totals agree with the rows." : "MISMATCH: see above."));
		return holds ? 0 : 1;
	}
}
