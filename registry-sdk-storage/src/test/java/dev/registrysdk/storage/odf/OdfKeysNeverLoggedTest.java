package dev.registrysdk.storage.odf;

import static dev.registrysdk.storage.Twins.secret;
import static dev.registrysdk.storage.Twins.userSecret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.core.progress.LoggingProgressListener;
import dev.registrysdk.storage.AppliedOnce;
import dev.registrysdk.storage.Twins;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The keys of an ODF bucket pass through the engine at apply: read from the claim's secret, then
 * re-keyed into the registry's user secret. With the SDK's loggers at DEBUG (see
 * {@code simplelogger.properties}) and the logging progress listener on, none of them is logged.
 */
@DisplayName("Odf.cephRgw() applied with DEBUG logs")
class OdfKeysNeverLoggedTest {

  @Test
  @DisplayName("logs the apply at DEBUG, and never the bucket's access or secret key, plain or base64")
  void keysNeverLogged() {
    try (FakeOpenShift cluster = FakeOpenShift.vSphere().withOdf().start()) {
      String logs = capturedLogs(() -> Twins.configurer(cluster).managed().storage(Odf.cephRgw())
          .listener(new LoggingProgressListener()).apply().awaitReady(AppliedOnce.READY));

      Map<String, String> bucket = secret(cluster, "openshift-storage", Odf.DEFAULT_CLAIM);
      List<String> keys = List.of(bucket.get("AWS_ACCESS_KEY_ID"), bucket.get("AWS_SECRET_ACCESS_KEY"));
      assertThat(userSecret(cluster)).containsValues(keys.toArray(String[]::new));
      assertThat(logs).contains("DEBUG", "Provisioning [message=", "Applied [action=PATCH, target=");
      for (String key : keys) {
        assertThat(key).isNotBlank();
        assertThat(logs).doesNotContain(key)
            .doesNotContain(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  /** What SLF4J's simple logger writes to {@code System.err} while {@code action} runs. */
  private static String capturedLogs(Runnable action) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
