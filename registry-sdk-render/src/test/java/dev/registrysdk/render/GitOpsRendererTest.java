package dev.registrysdk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.registrysdk.api.RegistryRoute;
import dev.registrysdk.api.RouteTls;
import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.emptydir.EmptyDir;
import dev.registrysdk.storage.odf.Odf;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.storage.s3.S3;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitOpsRendererTest {

  private static final String ACCESS_KEY = "CANARY-ACCESS-7f3a";
  private static final String SECRET_KEY = "CANARY-SECRET-91bd";
  private static final YAMLMapper YAML = new YAMLMapper();

  private FakeOpenShift cluster;

  @BeforeEach
  void start() {
    cluster = FakeOpenShift.vSphere().start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private RegistryConfigurer desired() {
    return RegistryConfigurer.on(cluster.client());
  }

  private RegistryConfigurer minio() {
    return desired().managed().replicas(2)
        .storage(S3.compatible("ocp-registry", "https://s3.example.com").region("local")
            .credentials(ACCESS_KEY, SECRET_KEY))
        .route(RegistryRoute.named("internal").hostname("registry-int.apps.example.com"));
  }

  private static JsonNode yaml(String text) throws IOException {
    return YAML.readTree(text);
  }

  private static List<JsonNode> documents(String text) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static JsonNode resource(GitOpsBundle bundle, String kind) throws IOException {
    for (Map.Entry<String, String> file : bundle.files().entrySet()) {
      if (file.getKey().startsWith(GitOpsBundle.RESOURCES + "/")) {
        JsonNode node = yaml(file.getValue());
        if (node.path("kind").asText().equals(kind)) {
          return node;
        }
      }
    }
    throw new AssertionError("no " + kind + " in " + bundle.files().keySet());
  }

  @Test
  @DisplayName("the kustomization lists every resource file, prerequisites before the Config")
  void kustomizationListsResources() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().storage(Pvc.block()).intents()).render();

    JsonNode kustomization = yaml(bundle.files().get(GitOpsBundle.KUSTOMIZATION));
    List<String> listed = new ArrayList<>();
    kustomization.get("resources").forEach(r -> listed.add(r.asText()));
    assertThat(kustomization.get("kind").asText()).isEqualTo("Kustomization");
    assertThat(listed).containsExactlyElementsOf(bundle.files().keySet().stream()
        .filter(f -> f.startsWith(GitOpsBundle.RESOURCES + "/")).toList());
    assertThat(listed).last().asString().endsWith("-config-cluster.yaml");
    assertThat(listed.get(0)).endsWith("-persistentvolumeclaim-image-registry-storage.yaml");
  }

  @Test
  @DisplayName("the Config names every field set, also one the cluster already has, and nothing else")
  void configNamesFieldsSet() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().replicas(1).storage(EmptyDir.create()).intents())
        .render();

    JsonNode config = resource(bundle, "Config");
    assertThat(config.at("/metadata/name").asText()).isEqualTo("cluster");
    assertThat(config.at("/spec/replicas").asInt()).isEqualTo(1);
    assertThat(config.at("/spec/managementState").asText()).isEqualTo("Managed");
    assertThat(config.at("/spec/storage/emptyDir").isObject()).isTrue();
    assertThat(config.at("/spec").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("managementState", "replicas", "storage");
  }

  @Test
  @DisplayName("keeps the null that removes the previous storage backend")
  void keepsNullOfPreviousBackend() throws IOException {
    RegistryConfigurer.on(cluster.client()).managed().storage(EmptyDir.create()).apply();

    GitOpsBundle bundle = GitOpsRenderer.of(desired().storage(Pvc.operatorDefault()).allowDataLoss().intents())
        .render();

    JsonNode storage = resource(bundle, "Config").at("/spec/storage");
    assertThat(storage.has("emptyDir")).isTrue();
    assertThat(storage.get("emptyDir").isNull()).isTrue();
  }

  @Test
  @DisplayName("by reference: leaves secrets out and lists them with their keys, never their values")
  void secretsByReference() {
    GitOpsBundle bundle = GitOpsRenderer.of(minio().intents()).render();

    assertThat(bundle.files().values()).noneMatch(f -> f.contains(ACCESS_KEY) || f.contains(SECRET_KEY)
        || f.contains("Q0FOQVJZ"));
    assertThat(bundle.files().keySet()).noneMatch(f -> f.contains("secret"));
    assertThat(bundle.secretsToProvide()).singleElement().satisfies(s -> {
      assertThat(s.namespace()).isEqualTo("openshift-image-registry");
      assertThat(s.name()).isEqualTo("image-registry-private-configuration-user");
      assertThat(s.keys()).containsExactlyInAnyOrder("REGISTRY_STORAGE_S3_ACCESSKEY", "REGISTRY_STORAGE_S3_SECRETKEY");
    });
  }

  @Test
  @DisplayName("with external secrets: an ExternalSecret per secret, naming remote keys only")
  void externalSecrets() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(minio().intents())
        .secrets(SecretHandling.externalSecrets("vault").remoteKeyPrefix("ocp/prod/")).render();

    JsonNode external = resource(bundle, "ExternalSecret");
    assertThat(external.get("apiVersion").asText()).isEqualTo("external-secrets.io/v1beta1");
    assertThat(external.at("/spec/secretStoreRef/name").asText()).isEqualTo("vault");
    assertThat(external.at("/spec/target/name").asText()).isEqualTo("image-registry-private-configuration-user");
    assertThat(external.at("/spec/data/0/remoteRef/key").asText())
        .isEqualTo("ocp/prod/openshift-image-registry/image-registry-private-configuration-user");
    assertThat(bundle.secretsToProvide()).isEmpty();
    assertThat(bundle.files().values()).noneMatch(f -> f.contains(ACCESS_KEY) || f.contains(SECRET_KEY));
  }

  @Test
  @DisplayName("a route certificate given as PEM becomes a TLS secret to provide, its key never rendered")
  void routeCertificateNotRendered() {
    String key = "-----BEGIN PRIVATE KEY-----\nCANARY-KEY\n-----END PRIVATE KEY-----\n";
    GitOpsBundle bundle = GitOpsRenderer.of(desired().route(RegistryRoute.named("public")
        .hostname("registry.apps.example.com").tls(RouteTls.fromPem(TestCertificates.CERTIFICATE, key))).intents())
        .render();

    assertThat(bundle.files().values()).noneMatch(f -> f.contains("CANARY-KEY") || f.contains("Q0FOQVJZLUtFWQ"));
    assertThat(bundle.secretsToProvide()).singleElement()
        .satisfies(s -> assertThat(s.type()).isEqualTo("kubernetes.io/tls"));
  }

  @Test
  @DisplayName("the Argo CD Application ignores what the operator writes back")
  void argoCdIgnoresWriteBacks() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().storage(Pvc.operatorDefault()).intents())
        .argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "clusters/a/registry")).render();

    JsonNode app = yaml(bundle.files().get(GitOpsBundle.ARGOCD_APPLICATION));
    assertThat(app.get("kind").asText()).isEqualTo("Application");
    assertThat(app.at("/spec/source/path").asText()).isEqualTo("clusters/a/registry");
    List<String> pointers = new ArrayList<>();
    app.at("/spec/ignoreDifferences/0/jsonPointers").forEach(p -> pointers.add(p.asText()));
    assertThat(pointers).containsExactly("/spec/httpSecret", "/spec/storage/managementState", "/spec/storage/pvc/claim");
    assertThat(app.at("/spec/syncPolicy/syncOptions/0").asText()).isEqualTo("RespectIgnoreDifferences=true");
  }

  @Test
  @DisplayName("the Argo CD Application ignores a generated bucket name only when none is set")
  void argoCdIgnoresGeneratedBucketOnlyWhenUnset() throws IOException {
    GitOpsBundle named = GitOpsRenderer.of(minio().intents())
        .argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "r")).render();

    JsonNode app = yaml(named.files().get(GitOpsBundle.ARGOCD_APPLICATION));
    List<String> pointers = new ArrayList<>();
    app.at("/spec/ignoreDifferences/0/jsonPointers").forEach(p -> pointers.add(p.asText()));
    assertThat(pointers).doesNotContain("/spec/storage/s3/bucket", "/spec/storage/s3/region")
        .contains("/spec/storage/s3/encrypt");
    assertThat(OperatorWriteBacks.pointers(new ObjectMapper().readTree("{\"spec\":{\"storage\":{\"s3\":{}}}}")))
        .contains("/spec/storage/s3/bucket");
  }

  @Test
  @DisplayName("with Argo CD, objects carry sync waves and are never pruned")
  void argoCdAnnotations() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().storage(Pvc.block()).intents())
        .argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "r")).render();

    assertThat(resource(bundle, "PersistentVolumeClaim").at("/metadata/annotations/argocd.argoproj.io~1sync-wave")
        .asText()).isEqualTo("0");
    assertThat(resource(bundle, "Config").at("/metadata/annotations/argocd.argoproj.io~1sync-wave").asText())
        .isEqualTo("2");
    assertThat(resource(bundle, "Config").at("/metadata/annotations/argocd.argoproj.io~1sync-options").asText())
        .isEqualTo("Prune=false,Delete=false");
  }

  @Test
  @DisplayName("the RHACM policy requires every object with musthave and places it on selected clusters")
  void acmPolicy() throws IOException {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().storage(Pvc.block()).intents())
        .acmPolicy(AcmPolicy.named("image-registry").enforce().clusterSelector(Map.of("env", "prod"))).render();

    List<JsonNode> documents = documents(bundle.files().get(GitOpsBundle.ACM_POLICY));
    assertThat(documents).extracting(d -> d.get("kind").asText())
        .containsExactly("Policy", "Placement", "PlacementBinding");
    JsonNode policy = documents.get(0);
    assertThat(policy.at("/spec/remediationAction").asText()).isEqualTo("enforce");
    JsonNode templates = policy.at("/spec/policy-templates/0/objectDefinition/spec/object-templates");
    assertThat(templates).hasSize(2);
    templates.forEach(t -> assertThat(t.get("complianceType").asText()).isEqualTo("musthave"));
    assertThat(templates.get(1).at("/objectDefinition/kind").asText()).isEqualTo("Config");
    assertThat(documents.get(1).at("/spec/predicates/0/requiredClusterSelector/labelSelector/matchLabels/env").asText())
        .isEqualTo("prod");
    assertThat(documents.get(2).at("/subjects/0/name").asText()).isEqualTo("image-registry");
  }

  @Test
  @DisplayName("refuses a desired state that validation refuses")
  void refusesErrors() {
    assertThatThrownBy(() -> GitOpsRenderer.of(desired().managed().replicas(-1).intents()).render())
        .isInstanceOf(ValidationException.class).hasMessageContaining("REPLICAS_NEGATIVE");
  }

  @Test
  @DisplayName("refuses storage resolved only while applying, such as an ODF bucket claim")
  void refusesResolvedAtApply() {
    try (FakeOpenShift odf = FakeOpenShift.bareMetal().withOdf().start()) {
      RegistryConfigurer desired = RegistryConfigurer.on(odf.client()).managed().storage(Odf.nooBaa());

      assertThatThrownBy(() -> GitOpsRenderer.of(desired.intents()).render())
          .isInstanceOf(ValidationException.class).hasMessageContaining(RenderFindingCodes.RESOLVED_AT_APPLY);
    }
  }

  @Test
  @DisplayName("writes the files under a folder")
  void writesFiles(@TempDir Path dir) {
    GitOpsBundle bundle = GitOpsRenderer.of(desired().managed().storage(Pvc.block()).intents()).render();

    List<Path> written = bundle.writeTo(dir);

    assertThat(written).hasSize(bundle.files().size()).allMatch(Files::isRegularFile);
    assertThat(dir.resolve(GitOpsBundle.KUSTOMIZATION)).isRegularFile();
  }
}
