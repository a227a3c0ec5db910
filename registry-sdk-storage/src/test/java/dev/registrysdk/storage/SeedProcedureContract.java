package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the one SDK call replacing a seed procedure must do on a fake cluster of the seed's platform,
 * whatever the backend. A procedure's test class extends this, names the platform and the call, and
 * adds its own comparison with the seed's steps ({@link Twins#oc()}).
 */
public abstract class SeedProcedureContract {

  /** How long a test waits for readiness; the fake reconciles at once, so this is never reached. */
  protected static final Duration READY = Duration.ofSeconds(10);

  /** The hand cluster and the SDK cluster, fresh for each test. */
  protected Twins twins;

  @BeforeEach
  void startTwins() {
    twins = newTwins();
  }

  @AfterEach
  void closeTwins() {
    twins.close();
  }

  /** The seed's platform, as the installer leaves it (with ODF where the seed needs it). */
  protected abstract FakeOpenShift.Builder platform();

  /** Twins of the seed's platform, with the seed's prerequisites, not started yet. */
  protected Twins newTwins() {
    return Twins.of(this::platform);
  }

  /** The one SDK call that replaces the seed's steps, on a configurer of the SDK cluster. */
  public abstract RegistryConfigurer sdkCall(RegistryConfigurer configurer);

  /** The twins of the running test. */
  public Twins twins() {
    return twins;
  }

  /** The SDK call on the SDK cluster, applied and awaited. */
  public ApplyResult applySdk() {
    ApplyResult result = sdkCall(twins.configurer()).apply();
    result.awaitReady(READY);
    return result;
  }

  /**
   * Asserts that {@code call} on the SDK cluster is refused with a finding of {@code code}, and that
   * nothing was written.
   */
  protected void assertRefusedBeforeAnyWrite(RegistryConfigurer call, String code) {
    assertRefusedBeforeAnyWrite(twins.sdk(), call, code);
  }

  /** Asserts that {@code call}, made on {@code cluster}, is refused with a finding of {@code code}, writing nothing. */
  protected static void assertRefusedBeforeAnyWrite(FakeOpenShift cluster, RegistryConfigurer call, String code) {
    cluster.requests().clear();

    assertThatThrownBy(call::apply).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(Finding::code).contains(code));
    assertThat(cluster.requests().writes()).as(cluster.requests().describe()).isEmpty();
  }

  @Test
  @DisplayName("applying the same call a second time writes nothing")
  void secondApplyWritesNothing() {
    applySdk();
    twins.sdk().requests().clear();

    ApplyResult again = sdkCall(twins.configurer()).apply();

    assertThat(again.changes()).isEmpty();
    assertThat(twins.sdk().requests().writes()).as(twins.sdk().requests().describe()).isEmpty();
  }

  @Test
  @DisplayName("plan() writes nothing")
  void planWritesNothing() {
    twins.sdk().requests().clear();

    sdkCall(twins.configurer()).plan();

    assertThat(twins.sdk().requests().writes()).isEmpty();
  }

  /** For procedures that handle credentials: they never show, in plain text or base64. */
  public interface HandlesSecrets {

    /** The twins of the running test. */
    Twins twins();

    /** The one SDK call. */
    RegistryConfigurer sdkCall(RegistryConfigurer configurer);

    /** The call, applied and awaited. */
    ApplyResult applySdk();

    /** The values the call handles that must never be shown, known once it has run on {@code cluster}. */
    Set<String> secretValues(FakeOpenShift cluster);

    @Test
    @DisplayName("no secret value shows in the plan, the applied changes or the configurer")
    default void secretsNeverShown() {
      RegistryConfigurer call = sdkCall(twins().configurer());
      Plan plan = call.plan();
      ApplyResult result = applySdk();

      List<String> shown = new ArrayList<>(List.of(call.toString(), plan.render(), result.toString(),
          result.plan().render()));
      for (Change change : result.changes()) {
        shown.add(change.render());
        shown.add(change.displayBody());
        shown.add(String.join("\n", change.diff()));
      }
      Set<String> values = secretValues(twins().sdk());
      assertThat(values).isNotEmpty();
      for (String value : values) {
        String base64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        assertThat(shown).as("texts shown to users").noneMatch(text -> text.contains(value) || text.contains(base64));
      }
    }
  }
}
