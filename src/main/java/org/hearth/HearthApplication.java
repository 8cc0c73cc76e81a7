package org.hearth;

import java.time.Clock;

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

	/** All "today" logic reads this clock, so deadline rules can be tested at any date. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
