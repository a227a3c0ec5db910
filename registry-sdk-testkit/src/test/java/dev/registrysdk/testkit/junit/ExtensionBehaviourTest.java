package dev.registrysdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.registrysdk.testkit.FakeOpenShift;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
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
