package org.hearth.adopters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class EnquiryThrottleTests {

	static class MovingClock extends Clock {

		Instant now = Instant.parse("2026-03-02T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void anAddressMaySendTheLimitInARollingHourAndMoreOnceTheHourHasPassed() {
		var clock = new MovingClock();
		var throttle = new EnquiryThrottle(2, clock);
		assertThat(throttle.admit("192.0.2.1")).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(30));
		assertThat(throttle.admit("192.0.2.1")).isTrue();
		assertThat(throttle.admit("192.0.2.1")).isFalse();
		assertThat(throttle.admit("192.0.2.2")).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(31));
		assertThat(throttle.admit("192.0.2.1")).as("the first has left the hour").isTrue();
		assertThat(throttle.admit("192.0.2.1")).isFalse();
	}

	@Test
	void theAddressIsKeptOnlyAsAKeyedHash() {
		var throttle = new EnquiryThrottle(5, Clock.systemUTC());
		assertThat(throttle.keyed("192.0.2.1")).doesNotContain("192.0.2.1").hasSize(64)
			.isNotEqualTo(new EnquiryThrottle(5, Clock.systemUTC()).keyed("192.0.2.1"));
	}
}
