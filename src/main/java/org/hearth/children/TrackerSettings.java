package org.hearth.children;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the tracker.
 *
 * @param linkAlertDays a child waiting longer than this since the should be placed for adoption
 *        decision, with no link, is flagged (default 90)
 */
@ConfigurationProperties("hearth.children")
public record TrackerSettings(Integer linkAlertDays) {

	public TrackerSettings {
		linkAlertDays = linkAlertDays == null ? 90 : linkAlertDays;
	}
}
