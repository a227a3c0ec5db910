package dev.registrysdk.core;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.config.v1.ClusterOperatorBuilder;
import io.fabric8.openshift.api.model.config.v1.InfrastructureBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ConfigBuilder;
import io.fabric8.openshift.api.model.operator.v1.OperatorCondition;
import io.fabric8.openshift.api.model.operator.v1.OperatorConditionBuilder;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A bare-metal cluster on fabric8's CRUD mock server, with a minimal stand-in for the operator
 * that marks the Config ready when asked.
 */
final class MockCluster implements AutoCloseable {

  final KubernetesMockServer server;
  final OpenShiftClient client;

  private MockCluster(boolean withConfig, boolean withOperator) {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    List<CustomResourceDefinitionContext> contexts = List.of(
        new CustomResourceDefinitionContext.Builder().withGroup("imageregistry.operator.openshift.io").withVersion("v1")
            .withPlural("configs").withKind("Config").withScope("Cluster").withStatusSubresource(true).build(),
        new CustomResourceDefinitionContext.Builder().withGroup("config.openshift.io").withVersion("v1")
            .withPlural("clusteroperators").withKind("ClusterOperator").withScope("Cluster").withStatusSubresource(true).build());
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
        new KubernetesMixedDispatcher(responses, contexts), false);
    server.init();
    client = server.createClient().adapt(OpenShiftClient.class);
    client.config().infrastructures().resource(new InfrastructureBuilder()
        .withNewMetadata().withName("cluster").endMetadata()
        .withNewStatus().withInfrastructureTopology("HighlyAvailable").withNewPlatformStatus().withType("BareMetal")
        .endPlatformStatus().endStatus().build()).create();
    client.storage().v1().storageClasses().resource(new StorageClassBuilder()
        .withMetadata(new ObjectMetaBuilder().withName("standard")
            .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").build())
        .withProvisioner("kubernetes.io/no-provisioner").build()).create();
    if (withOperator) {
      client.config().clusterOperators().resource(new ClusterOperatorBuilder()
          .withNewMetadata().withName("image-registry").endMetadata().withNewSpec().endSpec().build()).create();
    }
    if (withConfig) {
      createBootstrapConfig();
    }
  }

  /** Bare metal as the operator bootstraps it: Removed, no storage, one replica. */
  static MockCluster bareMetal() {
    return new MockCluster(true, true);
  }

  /** The operator exists but has not created its Config yet. */
  static MockCluster withoutConfig() {
    return new MockCluster(false, true);
  }

  /** The ImageRegistry capability is disabled. */
  static MockCluster withoutCapability() {
    return new MockCluster(false, false);
  }

  void createBootstrapConfig() {
    client.imageRegistryOperatorConfigs().resource(new ConfigBuilder()
        .withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withManagementState("Removed").withReplicas(1).withRolloutStrategy("RollingUpdate")
        .withLogLevel("Normal").withOperatorLogLevel("Normal").withNewStorage().endStorage().endSpec()
        .build()).create();
    reconcile();
  }

  Config config() {
    return client.imageRegistryOperatorConfigs().withName("cluster").get();
  }

  /** The stand-in operator: marks the current generation observed and the registry ready. */
  void reconcile() {
    Config config = config();
    long generation = config.getMetadata().getGeneration() == null ? 1 : config.getMetadata().getGeneration();
    String state = config.getSpec().getManagementState();
    String reason = "Removed".equals(state) ? "Removed" : "Ready";
    config.setStatus(new io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryStatusBuilder()
        .withObservedGeneration(generation)
        .withStorageManaged(false)
        .withStorage(config.getSpec().getStorage())
        .withConditions(condition("Available", "True", reason), condition("Progressing", "False", reason),
            condition("Degraded", "False", ""))
        .build());
    client.imageRegistryOperatorConfigs().resource(config).updateStatus();
    ClusterOperator operator = client.config().clusterOperators().withName("image-registry").get();
    if (operator != null) {
      operator.setStatus(new io.fabric8.openshift.api.model.config.v1.ClusterOperatorStatusBuilder()
          .addNewCondition().withType("Available").withStatus("True").withReason(reason).endCondition()
          .addNewCondition().withType("Progressing").withStatus("False").withReason(reason).endCondition()
          .addNewCondition().withType("Degraded").withStatus("False").withReason("AsExpected").endCondition()
          .build());
      client.config().clusterOperators().resource(operator).updateStatus();
    }
  }

  private static OperatorCondition condition(String type, String status, String reason) {
    return new OperatorConditionBuilder().withType(type).withStatus(status).withReason(reason)
        .withMessage(reason.equals("Ready") ? "The registry is ready" : "").withLastTransitionTime("2026-01-01T00:00:00Z").build();
  }

  /** Every request recorded since the last call, drained from the server. */
  List<RecordedRequest> drainRequests() {
    List<RecordedRequest> out = new ArrayList<>();
    try {
      RecordedRequest request;
      while ((request = server.takeRequest(1, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
        out.add(request);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  /** The writes (POST, PUT, PATCH, DELETE) among {@code requests}. */
  static List<RecordedRequest> writes(List<RecordedRequest> requests) {
    return requests.stream().filter(r -> !r.getMethod().equals("GET")).toList();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
