package vn.congdoan.sangkien.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Tries the database once before anything else uses it, so that an unreachable database stops the
 * application with one line naming its URL instead of pages of connection-pool stack traces.
 */
class DatabaseReachability implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		// After the embedded database, if any, has been started.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url) || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		Properties credentials = new Properties();
		putIfText(credentials, "user", environment.getProperty("spring.datasource.username"));
		putIfText(credentials, "password", environment.getProperty("spring.datasource.password"));
		credentials.setProperty("connectTimeout", environment.getProperty("sangkien.database.connect-timeout-seconds", "10"));
		try (Connection connection = DriverManager.getConnection(url, credentials)) {
			connection.isValid(5);
		}
		catch (SQLException e) {
			throw new DatabaseUnreachableException(url, e.getMessage());
		}
	}

	private static void putIfText(Properties properties, String key, String value) {
		if (StringUtils.hasText(value)) {
			properties.setProperty(key, value);
		}
	}
}
