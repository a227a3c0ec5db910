package dev.registrysdk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.requests.ApiCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One SDK call on a fake cluster, planned and then applied and awaited once for the whole group;
 * the group's tests only read, so they share the run. Proves what holds for every call: {@code plan()}
 * writes nothing, and applying the same call again writes nothing. A group extends this, usually as
 * a {@code @Nested} class, and adds the checks of its call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppliedOnce {

  /** How long the call waits for readiness; the fake reconciles at once, so this is never reached. */
  public static final Duration READY = Duration.ofSeconds(10);

  private final List<String> shown = new ArrayList<>();
  private List<ApiCall> writesOfPlan;
  private Plan plan;
  private ApplyResult result;

  /** The cluster the call runs on; the group closes it. */
  protected abstract FakeOpenShift cluster();

  /** The call under test, on a configurer of {@link #cluster()}; a new one on each invocation. */
  protected abstract RegistryConfigurer call();

  /** What happens on the clusters before the call, such as a seed's steps; nothing by default. */
  protected void before() {}

  @BeforeAll
  void planThenApply() {
    before();
    RegistryConfigurer call = call();
    cluster().requests().clear();
    plan = call.plan();
    writesOfPlan = cluster().requests().writes();
    result = call.apply();
    result.awaitReady(READY);

    shown.addAll(List.of(call.toString(), plan.render(), result.toString(), result.plan().render()));
    for (Change change : result.changes()) {
      shown.addAll(List.of(change.render(), change.displayBody(), String.join("\n", change.diff())));
    }
  }

  /** Closes what the group started: the cluster, unless a group says otherwise. */
  @AfterAll
  protected void close() {
    cluster().close();
  }

  /** The plan {@code plan()} returned before the apply. */
  protected Plan plan() {
    return plan;
  }

  /** The result of the apply. */
  protected ApplyResult result() {
    return result;
  }

  /** What the call showed: its {@code toString()}, the plan, the apply result and each change written. */
  public List<String> shown() {
    return shown;
  }

  @Test
  @DisplayName("plan() shows the changes and writes nothing")
  void planWritesNothing() {
    assertThat(plan.changes()).isNotEmpty();
    assertThat(writesOfPlan).isEmpty();
  }

  @Test
  @DisplayName("applying the same call a second time writes nothing")
  void secondApplyWritesNothing() {
    cluster().requests().clear();

    ApplyResult again = call().apply();

    assertThat(again.changes()).isEmpty();
    assertThat(cluster().requests().writes()).as(cluster().requests().describe()).isEmpty();
  }
}
