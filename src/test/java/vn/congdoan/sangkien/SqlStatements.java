package vn.congdoan.sangkien;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the platform sends while a piece of work runs on the test's thread (JPA, JdbcTemplate
 * and Camunda's MyBatis alike: all of them take their connections from the one data source), so that a test can
 * show that a list costs a constant number of queries, not some per row. Found by the component scan of the shared
 * test context, like {@code TaskRaces}; counts nothing unless a test asks it to.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

	/** The SQL of the statements {@code work} prepared on this thread, in order ({@code createStatement} as "?"). */
	public static List<String> of(Runnable work) {
		List<String> seen = new ArrayList<>();
		COUNTING.set(seen);
		try {
			work.run();
		}
		finally {
			COUNTING.remove();
		}
		return seen;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("equals")) {
							return proxy == args[0];
						}
						if (method.getName().equals("hashCode")) {
							return System.identityHashCode(proxy);
						}
						List<String> seen = COUNTING.get();
						if (seen != null && STATEMENTS.contains(method.getName())) {
							seen.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "?");
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}
	}
}
