package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.hearth.ServerTest;
import org.hearth.StaffClient;
import org.junit.jupiter.api.Test;

/** An upload larger than the server accepts, as a browser sends it: a GOV.UK page, not a 500 or a dropped connection. */
class UploadLimitIT extends ServerTest {

	@Test
	void aFileLargerThanTheServerAcceptsGetsAGovukPage() throws Exception {
		var client = signIn("ale.worker");
		var form = client.get("/children/import").body();
		String csrf = client.csrfOf(form);
		byte[] tooLarge = new byte[22 * 1024 * 1024];
		Arrays.fill(tooLarge, (byte) 'a');

		var response = client.postFile("/children/import?_csrf=" + StaffClient.encode(csrf), "file", "tracker.csv",
				"text/csv", tooLarge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The file is too large").contains("20MB").doesNotContain("Exception");
	}
}
