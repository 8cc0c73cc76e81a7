package org.hearth;

import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Says once, in the build's output, which database the integration tests run on. */
public class DatabaseBanner implements BeforeAllCallback {

	private static final AtomicBoolean SAID = new AtomicBoolean();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (SAID.getAndSet(true)) {
			return;
		}
		DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
		try (var connection = dataSource.getConnection()) {
			var meta = connection.getMetaData();
			System.out.println("==> Integration tests are running on " + meta.getDatabaseProductName() + " "
					+ meta.getDatabaseProductVersion() + " (" + meta.getURL() + ")");
		}
	}
}
