package dev.registrysdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

@DisplayName("FakeOpenShiftExtension behaviour")
class ExtensionBehaviourTest {

  @TempDir
  Path dumps;

  @Test
  @DisplayName("rejects a class that declares both static and instance FakeOpenShift fields, naming them")
  void staticAndInstanceFields() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(BothKinds.class)).execute().containerEvents()
        .assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.instanceOf(ExtensionConfigurationException.class),
            TestExecutionResultConditions.message(m -> m.contains("shared") && m.contains("perTest"))));
  }

  @Test
  @DisplayName("writes the cluster dump of a failed test to the configured directory")
  void dumpsOnFailure() throws Exception {
    System.setProperty(FakeOpenShiftExtension.DUMP_DIRECTORY_PROPERTY, dumps.toString());
    try {
      EngineTestKit.engine("junit-jupiter").selectors(selectClass(Failing.class)).execute().testEvents()
          .assertStatistics(stats -> stats.failed(1));
    } finally {
      System.clearProperty(FakeOpenShiftExtension.DUMP_DIRECTORY_PROPERTY);
    }
    Path dump = dumps.resolve("Failing-fails.txt");
    assertThat(dump).exists();
    assertThat(Files.readString(dump)).contains("configs.imageregistry.operator.openshift.io cluster",
        "Removed=True", "Requests:");
  }

  /** The clusters {@link PerTest} saw, in test order. */
  private static final List<FakeOpenShift> SEEN = new CopyOnWriteArrayList<>();

  @ParameterizedTest(name = "closing of AutoCloseable store values enabled: {0}")
  @ValueSource(strings = {"true", "false"})
  @DisplayName("closes a per-test cluster right after its test, whether or not JUnit closes AutoCloseable store values")
  void closesPerTestClusters(String autoCloseEnabled) {
    SEEN.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(PerTest.class))
        .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled", autoCloseEnabled)
        .execute().testEvents().assertStatistics(stats -> stats.succeeded(2));
    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates().allSatisfy(cluster ->
        assertThatThrownBy(cluster::newClient).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("closed"));
  }

  @WithFakeOpenShift
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerTest {
    FakeOpenShift cluster;

    @Test
    @Order(1)
    void first() {
      SEEN.add(cluster);
      assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNotNull();
    }

    @Test
    @Order(2)
    void second() {
      SEEN.add(cluster);
      assertThatThrownBy(SEEN.get(0)::newClient).as("the first test's cluster, closed after that test")
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @WithFakeOpenShift
  static class BothKinds {
    static FakeOpenShift shared;
    FakeOpenShift perTest;

    @Test
    void never() {
    }
  }

  @WithFakeOpenShift
  static class Failing {
    FakeOpenShift cluster;

    @Test
    void fails() {
      assertThat(cluster.platform().platformType()).isEqualTo("not this");
    }
  }
}
