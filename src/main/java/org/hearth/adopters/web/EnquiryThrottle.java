package org.hearth.adopters.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many public enquiries one client address may send in a rolling hour. Addresses are kept
 * only as a keyed hash (HMAC-SHA256 with a key made at each start), never as they arrived, and only in
 * memory.
 */
@Component
class EnquiryThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	EnquiryThrottle(@Value("${hearth.enquiries.per-address-per-hour:5}") int perHour, Clock clock) {
		this.perHour = perHour;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	/** Counts one submission from the address; false when the address has already sent its hour's limit. */
	boolean admit(String address) {
		Instant now = clock.instant();
		if (recent.size() > 10_000) {
			recent.values().removeIf(t -> {
				synchronized (t) {
					return t.isEmpty() || !t.peekLast().isAfter(now.minus(WINDOW));
				}
			});
		}
		var times = recent.computeIfAbsent(keyed(address), k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= perHour) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	String keyed(String address) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
