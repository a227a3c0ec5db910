package dev.registrysdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit fails a provider that breaks the contract, in the check that names the broken property:
 * it runs the kit against deliberately broken providers through the JUnit launcher.
 */
class KitCatchesBrokenProvidersTest {

  /** The kit over a sample provider with one mistake; run only through the launcher. */
  abstract static class BrokenKit extends StorageProviderCompatibilityKit {
    abstract SampleProvider.Mistake mistake();

    @Override
    protected StorageProvider provider() {
      return new SampleProvider("CANARY-SAMPLE-KEY", mistake());
    }

    @Override
    protected ClusterFacts facts() {
      return ClusterFacts.builder().platformType("BareMetal")
          .addStorageClasses(new StorageClassBuilder().withNewMetadata().withName("fast").endMetadata().build())
          .build();
    }

    @Override
    protected Set<String> secretValues() {
      return Set.of("CANARY-SAMPLE-KEY");
    }
  }

  static class LeaksSecret extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.LEAKS_SECRET; }
  }

  static class TwoBackends extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.TWO_BACKENDS; }
  }

  static class SecretNotSensitive extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.SECRET_NOT_SENSITIVE; }
  }

  static class BadFinding extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.BAD_FINDING; }
  }

  static class NoNamespace extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.NO_NAMESPACE; }
  }

  static class MutatesFacts extends BrokenKit {
    @Override SampleProvider.Mistake mistake() { return SampleProvider.Mistake.MUTATES_FACTS; }
  }

  @ParameterizedTest(name = "{0} fails \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "LeaksSecret|valuesNeverPrinted",
      "TwoBackends|exactlyOneBackend",
      "SecretNotSensitive|secretsAreSensitive",
      "BadFinding|complete",
      "NoNamespace|namespaces",
      "MutatesFacts|doesNotMutateFacts"})
  @DisplayName("a provider with one mistake fails exactly the check for it")
  void catches(String kit, String failingTest) throws ClassNotFoundException {
    Class<?> kitClass = Class.forName(KitCatchesBrokenProvidersTest.class.getName() + "$" + kit);
    TestExecutionSummary summary = run(kitClass);
    List<String> failed = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getLegacyReportingName().replace("()", ""))
        .toList();
    assertThat(failed).containsExactly(failingTest);
  }

  private static TestExecutionSummary run(Class<?> kitClass) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kitClass)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    return listener.getSummary();
  }
}
