package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A seed procedure against the one SDK call that replaces it, on fake clusters of the seed's
 * platform. A procedure's test class extends this, names the platform, the seed's steps and the
 * call, and compares the two in a {@link SeedAndSdk} group; tests of their own (refusals, failure
 * paths) use the fresh, lazily started {@link #twins} of each test.
 */
public abstract class SeedProcedureContract {

  /** How long a test waits for readiness; the fake reconciles at once, so this is never reached. */
  protected static final Duration READY = AppliedOnce.READY;

  /** Fresh twins for each test; a cluster starts only when the test uses it. */
  protected Twins twins;

  @BeforeEach
  void newTwinsForTest() {
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

  /** The seed's steps, as it writes them. */
  protected abstract void byHand(Twins.Oc oc);

  /** The one SDK call that replaces the seed's steps, on a configurer of the SDK cluster. */
  public abstract RegistryConfigurer sdkCall(RegistryConfigurer configurer);

  /** The SDK call on this test's SDK cluster, applied and awaited. */
  protected ApplyResult applySdk() {
    ApplyResult result = sdkCall(twins.configurer()).apply();
    result.awaitReady(READY);
    return result;
  }

  /**
   * Asserts that {@code call} on this test's SDK cluster is refused with a finding of {@code code},
   * and that nothing was written.
   */
  protected void assertRefusedBeforeAnyWrite(RegistryConfigurer call, String code) {
    assertRefusedBeforeAnyWrite(twins.sdk(), call, code);
  }

  /** Asserts that {@code call}, made on {@code cluster}, is refused with a finding of {@code code}, writing nothing. */
  public static void assertRefusedBeforeAnyWrite(FakeOpenShift cluster, RegistryConfigurer call, String code) {
    cluster.requests().clear();

    assertThatThrownBy(call::apply).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(Finding::code).contains(code));
    assertThat(cluster.requests().writes()).as(cluster.requests().describe()).isEmpty();
  }

  /**
   * The seed's steps on the hand cluster and the SDK call (planned, then applied and awaited) on the
   * SDK cluster, once for the whole group; its tests only read, so they share the run. Subclasses
   * add the comparisons of their procedure.
   */
  public abstract class SeedAndSdk extends AppliedOnce {

    /** The twins of this group: {@code hand()} after the seed's steps, {@code sdk()} after the call. */
    protected final Twins compared = twinsForComparison();

    /** The twins to compare on; the outer class's by default, another platform in a variant. */
    protected Twins twinsForComparison() {
      return newTwins();
    }

    /** The seed's steps; the outer class's by default, another seed's spelling in a variant. */
    protected void runByHand(Twins.Oc oc) {
      byHand(oc);
    }

    @Override
    protected FakeOpenShift cluster() {
      return compared.sdk();
    }

    @Override
    protected RegistryConfigurer call() {
      return sdkCall(compared.configurer());
    }

    @Override
    protected void before() {
      runByHand(compared.oc());
    }

    @AfterAll
    @Override
    protected void close() {
      compared.close();
    }
  }

  /** For an {@link AppliedOnce} group whose call handles credentials: they never show, plain or base64. */
  public interface HandlesSecrets {

    /** The credentials the call handled, known once it has run. */
    Set<String> secretValues();

    /** What the call showed. */
    List<String> shown();

    @Test
    @DisplayName("no credential shows in the plan, the applied changes or the configurer")
    default void secretsNeverShown() {
      Set<String> values = secretValues();
      assertThat(values).isNotEmpty();
      for (String value : values) {
        String base64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        assertThat(shown()).as("texts shown to users").isNotEmpty()
            .noneMatch(text -> text.contains(value) || text.contains(base64));
      }
    }
  }
}
