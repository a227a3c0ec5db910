package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3Builder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CustomResourceDefinitions created at run time")
class CustomResourceDefinitionTest {

  private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
      .withGroup("example.com").withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true)
      .build();

  /** A Widget's schema: {@code spec.size} integer ≥ 1, required; {@code spec.color} lowercase, default blue. */
  private static JSONSchemaProps widgetSchema() {
    return new JSONSchemaPropsBuilder().withType("object")
        .addToProperties("spec", new JSONSchemaPropsBuilder().withType("object").addToRequired("size")
            .addToProperties("size", new JSONSchemaPropsBuilder().withType("integer").withMinimum(1.0).build())
            .addToProperties("color", new JSONSchemaPropsBuilder().withType("string").withPattern("^[a-z]+$")
                .withDefault(new TextNode("blue")).build())
            .build())
        .addToProperties("status", new JSONSchemaPropsBuilder().withType("object")
            .withXKubernetesPreserveUnknownFields(true).build())
        .build();
  }

  private static CustomResourceDefinitionVersion version(String name, boolean served, boolean storage,
      boolean status) {
    CustomResourceDefinitionVersionBuilder version = new CustomResourceDefinitionVersionBuilder().withName(name)
        .withServed(served).withStorage(storage).withNewSchema().withOpenAPIV3Schema(widgetSchema()).endSchema();
    if (status) {
      version.withNewSubresources().withNewStatus().endStatus().endSubresources();
    }
    return version.build();
  }

  private static CustomResourceDefinition widgets(String scope, CustomResourceDefinitionVersion... versions) {
    return new CustomResourceDefinitionBuilder().withNewMetadata().withName("widgets.example.com").endMetadata()
        .withNewSpec().withGroup("example.com").withScope(scope).withNewNames().withKind("Widget")
        .withPlural("widgets").withSingular("widget").withShortNames("wg").endNames().withVersions(versions)
        .endSpec().build();
  }

  private static GenericKubernetesResource widget(String apiVersion, String name, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind("Widget").withNewMetadata()
        .withName(name).endMetadata().addToAdditionalProperties("spec", spec).build();
  }

  private static HttpResponse<String> get(FakeOpenShift cluster, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cluster.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("serves a namespaced kind once its definition is created: discovery, CRUD, list and watch")
  void servesNamespacedKind() {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator().start()) {
      cluster.client().apiextensions().v1().customResourceDefinitions()
          .resource(widgets("Namespaced", version("v1", true, true, true))).create();

      assertThat(cluster.client().apiextensions().v1().customResourceDefinitions().withName("widgets.example.com")
          .get().getStatus().getConditions()).anySatisfy(c -> {
            assertThat(c.getType()).isEqualTo("Established");
            assertThat(c.getStatus()).isEqualTo("True");
          });
      assertThat(cluster.client().getApiResources("example.com/v1").getResources())
          .extracting(APIResource::getName, APIResource::getNamespaced)
          .contains(org.assertj.core.groups.Tuple.tuple("widgets", true),
              org.assertj.core.groups.Tuple.tuple("widgets/status", true));

      List<String> events = new CopyOnWriteArrayList<>();
      var widgets = cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default");
      try (var watch = widgets.watch(new Watcher<>() {
        @Override
        public void eventReceived(Action action, GenericKubernetesResource resource) {
          events.add(action + " " + resource.getMetadata().getName());
        }

        @Override
        public void onClose(WatcherException cause) {
        }
      })) {
        widgets.resource(widget("example.com/v1", "small", Map.of("size", 1))).create();
        GenericKubernetesResource edited = widgets.withName("small").edit(w -> {
          w.setAdditionalProperty("spec", Map.of("size", 2, "color", "red"));
          return w;
        });
        assertThat(edited.getMetadata().getGeneration()).isEqualTo(2L);
        assertThat(widgets.list().getItems()).singleElement()
            .satisfies(w -> assertThat(w.get("spec", "color").toString()).isEqualTo("red"));
        widgets.withName("small").delete();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events)
            .containsExactly("ADDED small", "MODIFIED small", "DELETED small"));
      }
      assertThat(widgets.withName("small").get()).isNull();
    }
  }

  @Test
  @DisplayName("serves a cluster-scoped kind without namespaces")
  void servesClusterScopedKind() throws Exception {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Cluster", version("v1", true, true, false))).start()) {
      ResourceDefinitionContext clusterWidgets = new ResourceDefinitionContext.Builder().withGroup("example.com")
          .withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(false).build();
      GenericKubernetesResource created = cluster.client().genericKubernetesResources(clusterWidgets)
          .resource(widget("example.com/v1", "global", Map.of("size", 3))).create();
      assertThat(created.getMetadata().getNamespace()).isNull();
      assertThat(get(cluster, "/apis/example.com/v1/widgets/global").statusCode()).isEqualTo(200);
      assertThat(get(cluster, "/apis/example.com/v1/namespaces/default/widgets/global").statusCode()).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("keeps status out of main writes when the version declares the status subresource, and in them when not")
  void statusSubresource() {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Namespaced", version("v1", true, true, true))).start()) {
      var widgets = cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default");
      GenericKubernetesResource sent = widget("example.com/v1", "w", Map.of("size", 1));
      sent.setAdditionalProperty("status", Map.of("phase", "Sent"));
      assertThat(widgets.resource(sent).create().getAdditionalProperties()).doesNotContainKey("status");
      GenericKubernetesResource withStatus = widgets.withName("w").get();
      withStatus.setAdditionalProperty("status", Map.of("phase", "Ready"));
      assertThat(widgets.resource(withStatus).updateStatus().get("status", "phase").toString()).isEqualTo("Ready");
    }
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Namespaced", version("v1", true, true, false))).start()) {
      GenericKubernetesResource sent = widget("example.com/v1", "w", Map.of("size", 1));
      sent.setAdditionalProperty("status", Map.of("phase", "Sent"));
      assertThat(cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default").resource(sent).create()
          .get("status", "phase").toString()).isEqualTo("Sent");
    }
  }

  @Test
  @DisplayName("serves every served version from one storage, preferring the most stable, and no other")
  void servedVersions() throws Exception {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Namespaced", version("v1alpha1", false, false, false),
            version("v1beta1", true, false, false), version("v1", true, true, false))).start()) {
      cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default")
          .resource(widget("example.com/v1", "w", Map.of("size", 1))).create();
      HttpResponse<String> beta = get(cluster, "/apis/example.com/v1beta1/namespaces/default/widgets/w");
      assertThat(beta.statusCode()).isEqualTo(200);
      assertThat(Json.parse(beta.body()).path("apiVersion").asText()).isEqualTo("example.com/v1beta1");
      assertThat(get(cluster, "/apis/example.com/v1alpha1/namespaces/default/widgets/w").statusCode())
          .isEqualTo(404);
      assertThat(Json.parse(get(cluster, "/apis/example.com").body()).path("preferredVersion").path("version")
          .asText()).isEqualTo("v1");
    }
  }

  @Test
  @DisplayName("prunes unknown fields, applies defaults and rejects what the schema forbids with the API server's wording")
  void schema() {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Namespaced", version("v1", true, true, false))).start()) {
      var widgets = cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default");
      GenericKubernetesResource created = widgets.resource(widget("example.com/v1", "w",
          Map.of("size", 1, "flavour", "vanilla"))).create();
      assertThat(created.get("spec", "color").toString()).isEqualTo("blue");
      assertThat(Json.toTree(created).path("spec").has("flavour")).isFalse();
      assertThatThrownBy(() -> widgets.resource(widget("example.com/v1", "none", Map.of("color", "red"))).create())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage())
              .isEqualTo("Widget.example.com \"none\" is invalid: spec.size: Required value"));
      assertThatThrownBy(() -> widgets.resource(widget("example.com/v1", "tiny", Map.of("size", 0))).create())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage())
              .contains("spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1"));
    }
  }

  @Test
  @DisplayName("stops serving the kind and removes its objects when the definition is deleted")
  void deletion() throws Exception {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator()
        .withCustomResourceDefinitions(widgets("Namespaced", version("v1", true, true, false))).start()) {
      cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default")
          .resource(widget("example.com/v1", "w", Map.of("size", 1))).create();
      cluster.client().apiextensions().v1().customResourceDefinitions().withName("widgets.example.com").delete();
      assertThat(get(cluster, "/apis/example.com/v1/namespaces/default/widgets/w").statusCode()).isEqualTo(404);
      assertThat(get(cluster, "/apis/example.com/v1").statusCode()).isEqualTo(404);

      cluster.client().apiextensions().v1().customResourceDefinitions()
          .resource(widgets("Namespaced", version("v1", true, true, false))).create();
      assertThat(cluster.client().genericKubernetesResources(WIDGETS).inNamespace("default").list().getItems())
          .isEmpty();
    }
  }

  @Test
  @DisplayName("rejects a definition whose name is not <plural>.<group>, or without exactly one storage version")
  void invalidDefinition() {
    try (FakeOpenShift cluster = FakeOpenShift.none().withoutOperator().start()) {
      CustomResourceDefinition misnamed = widgets("Namespaced", version("v1", true, true, false));
      misnamed.getMetadata().setName("gadgets.example.com");
      assertThatThrownBy(() -> cluster.client().apiextensions().v1().customResourceDefinitions().resource(misnamed)
          .create())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getStatus().getMessage())
              .isEqualTo("CustomResourceDefinition.apiextensions.k8s.io \"gadgets.example.com\" is invalid:"
                  + " metadata.name: Invalid value: \"gadgets.example.com\": must be spec.names.plural+\".\"+spec.group"));
      assertThatThrownBy(() -> cluster.client().apiextensions().v1().customResourceDefinitions()
          .resource(widgets("Namespaced", version("v1", true, false, false))).create())
          .isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("must have exactly one version marked as storage version");
    }
  }

  @Test
  @DisplayName("keeps serving a kind the testkit defines itself with its own schema, and its objects")
  void builtInKind() {
    try (FakeOpenShift cluster = FakeOpenShift.none().start()) {
      CustomResourceDefinition configs = new CustomResourceDefinitionBuilder().withNewMetadata()
          .withName("configs.imageregistry.operator.openshift.io").endMetadata().withNewSpec()
          .withGroup("imageregistry.operator.openshift.io").withScope("Cluster").withNewNames().withKind("Config")
          .withPlural("configs").endNames().addNewVersion().withName("v1").withServed(true).withStorage(true)
          .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
          .endOpenAPIV3Schema().endSchema().endVersion().endSpec().build();
      cluster.client().apiextensions().v1().customResourceDefinitions().resource(configs).create();
      assertThatThrownBy(() -> cluster.client().imageRegistryOperatorConfigs().withName("cluster").edit(c -> {
        c.getSpec().getStorage().setS3(new ImageRegistryConfigStorageS3Builder().withBucket("b").withChunkSizeMiB(2)
            .build());
        return c;
      })).isInstanceOf(KubernetesClientException.class)
          .hasMessageContaining("spec.storage.s3.chunkSizeMiB in body should be greater than or equal to 5");
      cluster.client().apiextensions().v1().customResourceDefinitions().resource(configs).delete();
      assertThat(cluster.client().imageRegistryOperatorConfigs().withName("cluster").get()).isNotNull();
    }
  }
}
