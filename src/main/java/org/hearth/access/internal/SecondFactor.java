package org.hearth.access.internal;

import java.time.Clock;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/** Time-based one-time codes (TOTP, RFC 6238) from an authenticator app: 6 digits every 30 seconds. */
@Component
public class SecondFactor {

	private final CodeVerifier verifier;

	private final SignInSettings settings;

	SecondFactor(Clock clock, SignInSettings settings) {
		var verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1),
				() -> clock.instant().getEpochSecond());
		verifier.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = verifier;
		this.settings = settings;
	}

	public String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	public boolean accepts(String secret, String code) {
		if (secret == null || code == null) {
			return false;
		}
		String digits = code.replaceAll("\\s", "");
		return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
	}

	/** The QR code an authenticator app scans, as a data URI for an img element. */
	public String qrCode(String username, String secret) {
		var data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(settings.totpIssuer())
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			var generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("The QR code could not be drawn", e);
		}
	}
}
