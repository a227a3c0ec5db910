package dev.registrysdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.requests.ApiCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One desired state given twice, on two fresh clusters of one platform: to registryctl as options,
 * and to the SDK's fluent API in-process. The clusters then received the same writes, object for
 * object and field for field ({@code metadata.resourceVersion} aside, which the engine copies from
 * what it read).
 */
final class SdkParity implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  final ClusterFixture cli;
  final FakeOpenShift sdk;

  /** Two clusters from {@code platform}, each given {@code prerequisites} before anything is written. */
  SdkParity(Supplier<FakeOpenShift.Builder> platform, Path directory, Consumer<FakeOpenShift> prerequisites) {
    this.cli = new ClusterFixture(platform.get(), directory);
    this.sdk = platform.get().start();
    prerequisites.accept(cli.cluster);
    prerequisites.accept(sdk);
    cli.cluster.requests().clear();
    sdk.requests().clear();
  }

  /** {@code registryctl apply --no-wait ARGS} on the first cluster. */
  Cli.Result applyWithCli(Map<String, String> environment, String... args) {
    List<String> all = new ArrayList<>(List.of("--no-wait", "--progress", "none"));
    all.addAll(List.of(args));
    return cli.run(environment, "apply", all.toArray(String[]::new));
  }

  /** The SDK's {@code apply()} on the second cluster. */
  void applyWithSdk(UnaryOperator<RegistryConfigurer> desired) {
    desired.apply(RegistryConfigurer.on(sdk.client())).apply();
  }

  /** The writes each cluster received, in order: method, path and body without resource versions. */
  void assertSameWrites() {
    List<String> expected = writes(sdk);
    assertThat(expected).as("the SDK wrote something").isNotEmpty();
    assertThat(writes(cli.cluster)).containsExactlyElementsOf(expected);
  }

  private static List<String> writes(FakeOpenShift cluster) {
    List<String> out = new ArrayList<>();
    for (ApiCall call : cluster.requests().writes()) {
      out.add(call.method() + " " + call.path() + " " + call.contentType() + " " + normalised(call.body()));
    }
    return out;
  }

  private static String normalised(String body) {
    if (body.isEmpty()) {
      return body;
    }
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree.path("metadata") instanceof ObjectNode metadata) {
        metadata.remove("resourceVersion");
      }
      return tree.toString();
    } catch (IOException e) {
      return body;
    }
  }

  @Override
  public void close() {
    cli.close();
    sdk.close();
  }
}
