package org.hearth.notifications.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs (sending the outbox, reminders) run on one node at a time: each takes a lock in the
 * {@code shedlock} table, timed by the database's clock so that nodes whose clocks differ agree.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return lockProvider(dataSource, null);
	}

	/** A lock provider; {@code lockedBy} names the node (null: the host name). */
	static LockProvider lockProvider(DataSource dataSource, String lockedBy) {
		var configuration = JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime();
		if (lockedBy != null) {
			configuration.withLockedByValue(lockedBy);
		}
		return new JdbcTemplateLockProvider(configuration.build());
	}
}
