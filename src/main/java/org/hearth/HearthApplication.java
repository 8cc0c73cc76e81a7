package org.hearth;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hearth: the system that runs a Regional Adoption Agency and the hub its agencies share.
 */
@SpringBootApplication
@EnableScheduling
public class HearthApplication {

	public static void main(String[] args) {
		SpringApplication.run(HearthApplication.class, args);
	}

	/** Where the agencies are: "today", dates and deadlines are those of England, whatever the server's zone. */
	public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** All "today" logic reads this clock, so deadline rules can be tested at any date. */
	@Bean
	Clock clock() {
		return Clock.system(ENGLAND);
	}
}
