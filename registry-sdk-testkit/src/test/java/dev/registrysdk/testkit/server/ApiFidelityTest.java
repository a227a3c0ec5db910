package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The fake API server answers like the real one")
class ApiFidelityTest {

  private static FakeOpenShift cluster;
  private static OpenShiftClient client;

  @BeforeAll
  static void start() {
    cluster = FakeOpenShift.libvirt().start();
    client = cluster.client();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static String name(String prefix) {
    return prefix + "-" + System.nanoTime();
  }

  private static ConfigMap configMap(String name, Map<String, String> data) {
    return client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
        .withName(name).addToLabels("app", "fidelity").endMetadata().withData(data).build()).create();
  }

  @Nested
  @DisplayName("create")
  class Create {

    @Test
    @DisplayName("sets uid, creationTimestamp, resourceVersion and, for CRD kinds, generation 1")
    void setsServerFields() {
      Config config = client.imageRegistryOperatorConfigs().withName("cluster").get();
      assertThat(config.getMetadata().getUid()).isNotBlank();
      assertThat(config.getMetadata().getCreationTimestamp()).isEqualTo("2025-01-01T00:00:00Z");
      assertThat(config.getMetadata().getResourceVersion()).isNotBlank();
      ConfigMap map = configMap(name("cm"), Map.of("a", "1"));
      assertThat(map.getMetadata().getGeneration()).isNull();
    }

    @Test
    @DisplayName("answers 409 AlreadyExists for an existing name")
    void alreadyExists() {
      String name = name("dup");
      configMap(name, Map.of());
      assertThatThrownBy(() -> configMap(name, Map.of()))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> {
            KubernetesClientException k = (KubernetesClientException) e;
            assertThat(k.getCode()).isEqualTo(409);
            assertThat(k.getStatus().getMessage()).isEqualTo("configmaps \"" + name + "\" already exists");
            assertThat(k.getStatus().getReason()).isEqualTo("AlreadyExists");
          });
    }

    @Test
    @DisplayName("answers 404 when the namespace does not exist")
    void missingNamespace() {
      assertThatThrownBy(() -> client.configMaps().inNamespace("nowhere").resource(new ConfigMapBuilder()
          .withNewMetadata().withName("x").endMetadata().build()).create())
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("namespaces \"nowhere\" not found");
    }

    @Test
    @DisplayName("with dryRun=All validates and answers but stores nothing")
    void dryRunCreateStoresNothing() {
      String name = name("dry");
      ConfigMap answered = client.configMaps().inNamespace("default").resource(new ConfigMapBuilder()
          .withNewMetadata().withName(name).endMetadata().build()).dryRun().create();
      assertThat(answered.getMetadata().getUid()).isNotBlank();
      assertThat(client.configMaps().inNamespace("default").withName(name).get()).isNull();
    }

    @Test
    @DisplayName("rejects an invalid name with the RFC 1123 message")
    void invalidName() {
      assertThatThrownBy(() -> configMap("Not_Valid", Map.of()))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage())
              .startsWith("ConfigMap \"Not_Valid\" is invalid: metadata.name: Invalid value: \"Not_Valid\": a lowercase"
                  + " RFC 1123 subdomain"));
    }
  }

  @Nested
  @DisplayName("merge patch (RFC 7386)")
  class MergePatchBehaviour {

    @Test
    @DisplayName("null deletes a key")
    void nullDeletes() {
      String name = name("mp");
      configMap(name, Map.of("a", "1", "b", "2"));
      ConfigMap patched = client.configMaps().inNamespace("default").withName(name)
          .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"data\":{\"a\":null}}");
      assertThat(patched.getData()).containsOnlyKeys("b");
    }

    @Test
    @DisplayName("arrays are replaced, not appended to")
    void arraysReplace() {
      client.imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"routes\":[{\"name\":\"r1\"}]}}");
      Config patched = client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"routes\":[{\"name\":\"r2\"}]}}");
      assertThat(patched.getSpec().getRoutes()).extracting(r -> r.getName()).containsExactly("r2");
      client.imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"routes\":null}}");
    }

    @Test
    @DisplayName("a stale metadata.resourceVersion in the body answers 409 with the API server's message")
    void staleResourceVersionConflicts() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"resourceVersion\":\"1\"},\"spec\":{\"replicas\":1}}"))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> {
            KubernetesClientException k = (KubernetesClientException) e;
            assertThat(k.getCode()).isEqualTo(409);
            assertThat(k.getStatus().getMessage()).isEqualTo("Operation cannot be fulfilled on"
                + " configs.imageregistry.operator.openshift.io \"cluster\": the object has been modified; please"
                + " apply your changes to the latest version and try again");
          });
    }
  }

  @Nested
  @DisplayName("JSON patch, strategic merge patch and unsupported types")
  class OtherPatches {

    @Test
    @DisplayName("JSON patch (RFC 6902) applies operations")
    void jsonPatch() {
      String name = name("jp");
      configMap(name, Map.of("a", "1"));
      ConfigMap patched = client.configMaps().inNamespace("default").withName(name).patch(
          PatchContext.of(PatchType.JSON), "[{\"op\":\"add\",\"path\":\"/data/b\",\"value\":\"2\"},"
              + "{\"op\":\"remove\",\"path\":\"/data/a\"}]");
      assertThat(patched.getData()).containsExactly(Map.entry("b", "2"));
    }

    @Test
    @DisplayName("strategic merge patch merges maps of built-in kinds")
    void strategicMerge() {
      String name = name("smp");
      configMap(name, Map.of("a", "1"));
      ConfigMap patched = client.configMaps().inNamespace("default").withName(name).patch(
          PatchContext.of(PatchType.STRATEGIC_MERGE), "{\"data\":{\"b\":\"2\"}}");
      assertThat(patched.getData()).containsOnlyKeys("a", "b");
    }

    @Test
    @DisplayName("strategic merge patch on a custom resource answers 415")
    void strategicMergeOnCustomResource() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.STRATEGIC_MERGE), "{\"spec\":{\"replicas\":1}}"))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(415));
    }

    @Test
    @DisplayName("a dry-run patch answers the patched object but stores nothing")
    void dryRunPatch() {
      Config answered = client.imageRegistryOperatorConfigs().withName("cluster").dryRun()
          .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":7}}");
      assertThat(answered.getSpec().getReplicas()).isEqualTo(7);
      assertThat(client.imageRegistryOperatorConfigs().withName("cluster").get().getSpec().getReplicas())
          .isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("generation and the status subresource")
  class GenerationAndStatus {

    @Test
    @DisplayName("a metadata-only change keeps the generation; a spec change bumps it")
    void generationOnSpecOnly() {
      long before = client.imageRegistryOperatorConfigs().withName("cluster").get().getMetadata().getGeneration();
      client.imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"metadata\":{\"labels\":{\"touched\":\"yes\"}}}");
      assertThat(client.imageRegistryOperatorConfigs().withName("cluster").get().getMetadata().getGeneration())
          .isEqualTo(before);
      client.imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"logLevel\":\"Debug\"}}");
      assertThat(client.imageRegistryOperatorConfigs().withName("cluster").get().getMetadata().getGeneration())
          .isEqualTo(before + 1);
      client.imageRegistryOperatorConfigs().withName("cluster").patch(PatchContext.of(PatchType.JSON_MERGE),
          "{\"spec\":{\"logLevel\":\"Normal\"}}");
    }

    @Test
    @DisplayName("a main-resource write cannot change status")
    void mainWriteKeepsStatus() {
      Config patched = client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"readyReplicas\":42}}");
      assertThat(patched.getStatus().getReadyReplicas()).isNotEqualTo(42);
    }

    @Test
    @DisplayName("a status write changes only status")
    void statusWriteChangesOnlyStatus() {
      Namespace before = client.namespaces().withName("default").get();
      before.getStatus().setPhase("Active");
      before.getMetadata().getLabels().put("ignored", "true");
      Namespace after = client.namespaces().resource(before).updateStatus();
      assertThat(after.getMetadata().getLabels()).doesNotContainKey("ignored");
    }
  }

  @Nested
  @DisplayName("validation")
  class Validation {

    @Test
    @DisplayName("answers 422 with the API server's wording for a value below the minimum")
    void chunkSizeTooSmall() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"storage\":{\"s3\":{\"chunkSizeMiB\":2}}}}"))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> {
            KubernetesClientException k = (KubernetesClientException) e;
            assertThat(k.getCode()).isEqualTo(422);
            assertThat(k.getStatus().getMessage()).isEqualTo("Config.imageregistry.operator.openshift.io \"cluster\""
                + " is invalid: spec.storage.s3.chunkSizeMiB: Invalid value: 2: spec.storage.s3.chunkSizeMiB in body"
                + " should be greater than or equal to 5");
            assertThat(k.getStatus().getDetails().getCauses()).singleElement()
                .satisfies(c -> assertThat(c.getField()).isEqualTo("spec.storage.s3.chunkSizeMiB"));
          });
    }

    @Test
    @DisplayName("rejects a rolloutStrategy that does not match the pattern")
    void rolloutStrategyPattern() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"rolloutStrategy\":\"Sideways\"}}"))
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("spec.rolloutStrategy in body should match '^(RollingUpdate|Recreate)$'");
    }

    @Test
    @DisplayName("applies the CRD default of azure.networkAccess")
    void azureDefault() {
      Config dry = client.imageRegistryOperatorConfigs().withName("cluster").dryRun().patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"storage\":{\"emptyDir\":null,\"azure\":{}}}}");
      assertThat(dry.getSpec().getStorage().getAzure().getNetworkAccess().getType()).isEqualTo("External");
    }

    @Test
    @DisplayName("rejects azure networkAccess.internal when the type is not Internal")
    void azureCelRule() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").dryRun().patch(
          PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"storage\":{\"azure\":{\"networkAccess\":"
              + "{\"type\":\"External\",\"internal\":{\"vnetName\":\"vnet\"}}}}}}"))
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("spec.storage.azure.networkAccess: Invalid value: \"object\": internal is forbidden"
              + " when type is not Internal");
    }

    @Test
    @DisplayName("requires spec.replicas on a Config")
    void replicasRequired() {
      assertThatThrownBy(() -> client.imageRegistryOperatorConfigs().withName("cluster").patch(
          PatchContext.of(PatchType.JSON), "[{\"op\":\"remove\",\"path\":\"/spec/replicas\"}]"))
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("spec.replicas: Required value");
    }
  }

  @Nested
  @DisplayName("selectors")
  class Selectors {

    @BeforeEach
    void labelled() {
      for (String tier : List.of("a", "b", "c")) {
        if (client.configMaps().inNamespace("default").withName("tier-" + tier).get() == null) {
          client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
              .withName("tier-" + tier).addToLabels("tier", tier).endMetadata().build()).create();
        }
      }
    }

    @Test
    @DisplayName("set-based 'in' selects only the listed values")
    void in() {
      assertThat(client.configMaps().inNamespace("default").withLabelIn("tier", "a", "b").list().getItems())
          .extracting(m -> m.getMetadata().getName()).containsExactlyInAnyOrder("tier-a", "tier-b");
    }

    @Test
    @DisplayName("set-based 'notin' leaves the listed values out")
    void notIn() {
      assertThat(client.configMaps().inNamespace("default").withLabel("tier").withLabelNotIn("tier", "a", "b")
          .list().getItems()).extracting(m -> m.getMetadata().getName()).containsExactly("tier-c");
    }

    @Test
    @DisplayName("an unsupported field selector answers 400")
    void unsupportedFieldSelector() {
      assertThatThrownBy(() -> client.configMaps().inNamespace("default").withField("spec.host", "x").list())
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("field label not supported: spec.host");
    }
  }

  @Nested
  @DisplayName("server-side apply")
  class ServerSideApply {

    @Test
    @DisplayName("creates a missing object and records the field manager")
    void createsAndRecordsManager() {
      String name = name("ssa");
      ConfigMap applied = client.configMaps().inNamespace("default").resource(new ConfigMapBuilder()
          .withNewMetadata().withName(name).endMetadata().addToData("a", "1").build())
          .fieldManager("my-installer").serverSideApply();
      assertThat(applied.getMetadata().getManagedFields()).anySatisfy(f -> {
        assertThat(f.getManager()).isEqualTo("my-installer");
        assertThat(f.getOperation()).isEqualTo("Apply");
      });
    }

    @Test
    @DisplayName("reports a conflict with another manager's field, and takes it over with force")
    void conflictAndForce() {
      String name = name("ssa-conflict");
      configMap(name, Map.of("a", "1"));
      ConfigMap desired = new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata()
          .addToData("a", "2").build();
      assertThatThrownBy(() -> client.configMaps().inNamespace("default").resource(desired)
          .patch(new PatchContext.Builder().withPatchType(PatchType.SERVER_SIDE_APPLY).withFieldManager("other")
              .withForce(false).build()))
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> {
            KubernetesClientException k = (KubernetesClientException) e;
            assertThat(k.getCode()).isEqualTo(409);
            assertThat(k.getStatus().getMessage()).startsWith("Apply failed with 1 conflict: conflict with")
                .endsWith(": .data.a");
          });
      ConfigMap forced = client.configMaps().inNamespace("default").resource(desired).fieldManager("other")
          .forceConflicts().serverSideApply();
      assertThat(forced.getData()).containsEntry("a", "2");
    }
  }

  @Nested
  @DisplayName("watches and deletion")
  class WatchesAndDeletion {

    @Test
    @DisplayName("waitUntilCondition sees a change made after the watch starts")
    void waitUntilCondition() {
      String name = name("watched");
      configMap(name, Map.of("ready", "no"));
      new Thread(() -> client.configMaps().inNamespace("default").withName(name)
          .edit(m -> new ConfigMapBuilder(m).addToData("ready", "yes").build())).start();
      ConfigMap seen = client.configMaps().inNamespace("default").withName(name)
          .waitUntilCondition(m -> m != null && "yes".equals(m.getData().get("ready")), 10, TimeUnit.SECONDS);
      assertThat(seen.getData()).containsEntry("ready", "yes");
    }

    @Test
    @DisplayName("an object with finalizers is only marked for deletion")
    void finalizersDelayDeletion() {
      String name = name("final");
      client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata().withName(name)
          .addToFinalizers("example.com/keep").endMetadata().build()).create();
      client.configMaps().inNamespace("default").withName(name).delete();
      ConfigMap marked = client.configMaps().inNamespace("default").withName(name).get();
      assertThat(marked.getMetadata().getDeletionTimestamp()).isNotNull();
      client.configMaps().inNamespace("default").withName(name)
          .edit(m -> new ConfigMapBuilder(m).editMetadata().withFinalizers(List.of()).endMetadata().build());
      assertThat(client.configMaps().inNamespace("default").withName(name).get()).isNull();
    }

    @Test
    @DisplayName("deleting an owner garbage-collects its dependents")
    void garbageCollection() {
      ConfigMap owner = configMap(name("owner"), Map.of());
      String dependent = name("dependent");
      client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
          .withName(dependent).addNewOwnerReference().withApiVersion("v1").withKind("ConfigMap")
          .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid()).endOwnerReference()
          .endMetadata().build()).create();
      client.configMaps().inNamespace("default").withName(owner.getMetadata().getName()).delete();
      assertThat(client.configMaps().inNamespace("default").withName(dependent).get()).isNull();
    }
  }
}
