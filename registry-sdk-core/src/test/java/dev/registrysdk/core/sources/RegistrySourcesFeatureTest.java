package dev.registrysdk.core.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.finding.Severity;
import dev.registrysdk.api.sources.RegistryLocation;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.cluster.TestFacts;
import dev.registrysdk.core.feature.FeatureResult;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrySourcesFeatureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Image image(String json) throws Exception {
    Image image = new ImageBuilder().withNewMetadata().withName("cluster").endMetadata().build();
    image.setSpec(JSON.readValue(json.replace('\'', '"'), io.fabric8.openshift.api.model.config.v1.ImageSpec.class));
    return image;
  }

  private static FeatureResult evaluate(RegistrySourcesFeature feature, Image current) {
    return feature.evaluate(TestFacts.cluster().with(current).observedFor(feature));
  }

  private static JsonNode spec(FeatureResult result) {
    return result.intents().get(0).document().get("spec");
  }

  private static List<String> codes(FeatureResult result) {
    return result.findings().stream().map(Finding::code).toList();
  }

  @Nested
  @DisplayName("adding")
  class Adding {
    @Test
    @DisplayName("appends to the cluster's list, keeping its entries and not repeating any")
    void appends() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding()
              .blockedRegistries("docker.io", "quay.io/bad")),
          image("{'registrySources':{'blockedRegistries':['quay.io/bad','registry.old.io']}}"));
      assertThat(spec(result).at("/registrySources/blockedRegistries"))
          .isEqualTo(JSON.readTree("[\"quay.io/bad\",\"registry.old.io\",\"docker.io\"]"));
    }

    @Test
    @DisplayName("writes nothing when every entry is already there")
    void idempotent() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding().insecureRegistries("lab.io:5000")),
          image("{'registrySources':{'insecureRegistries':['lab.io:5000']}}"));
      assertThat(result.intents()).isEmpty();
      assertThat(result.findings()).isEmpty();
    }

    @Test
    @DisplayName("updates a registry allowed for import by domain, keeping the others")
    void importByDomain() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding()
              .allowedRegistriesForImport(RegistryLocation.of("lab.io:5000").insecure(true), RegistryLocation.of("quay.io"))),
          image("{'allowedRegistriesForImport':[{'domainName':'lab.io:5000'},{'domainName':'registry.redhat.io'}]}"));
      assertThat(spec(result).get("allowedRegistriesForImport")).isEqualTo(JSON.readTree(
          "[{\"domainName\":\"lab.io:5000\",\"insecure\":true},{\"domainName\":\"registry.redhat.io\"},{\"domainName\":\"quay.io\"}]"));
    }

    @Test
    @DisplayName("two additions apply one after the other")
    void twoAdditions() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding().externalRegistryHostnames("a.example.com"))
              .plus(RegistrySources.adding().externalRegistryHostnames("b.example.com:8443")),
          image("{}"));
      assertThat(spec(result).get("externalRegistryHostnames"))
          .isEqualTo(JSON.readTree("[\"a.example.com\",\"b.example.com:8443\"]"));
    }
  }

  @Nested
  @DisplayName("replacing")
  class Replacing {
    @Test
    @DisplayName("sets the named list whole and leaves the others alone")
    void replaces() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.replacing().insecureRegistries("lab.io")),
          image("{'registrySources':{'insecureRegistries':['old.io','lab.io'],'blockedRegistries':['docker.io']}}"));
      assertThat(spec(result)).isEqualTo(JSON.readTree("{\"registrySources\":{\"insecureRegistries\":[\"lab.io\"]}}"));
    }

    @Test
    @DisplayName("an empty list removes the field instead of writing an empty list")
    void emptyRemoves() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.replacing()
              .blockedRegistries(List.of()).allowedRegistries("registry.redhat.io", "quay.io",
                  "image-registry.openshift-image-registry.svc:5000")),
          image("{'registrySources':{'blockedRegistries':['docker.io']}}"));
      assertThat(result.findings()).extracting(Finding::code).containsExactly(SourcesFindingCodes.SOURCES_NODE_ROLLOUT);
      assertThat(spec(result).at("/registrySources/blockedRegistries").isNull()).isTrue();
      assertThat(spec(result).at("/registrySources/allowedRegistries")).hasSize(3);
    }
  }

  @Nested
  @DisplayName("validation as the CRD does it")
  class Validation {
    @Test
    @DisplayName("allowed and blocked together are refused with the CRD's message")
    void mutuallyExclusive() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding().allowedRegistries("quay.io")),
          image("{'registrySources':{'blockedRegistries':['docker.io']}}"));
      assertThat(result.findings()).filteredOn(f -> f.code().equals(SourcesFindingCodes.SOURCES_ALLOWED_AND_BLOCKED))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("Only one of blockedRegistries or allowedRegistries may be set");
          });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("refuses the entries the CRD test suite refuses, naming the list and index")
    @ValueSource(strings = {"registry.io/myrepo:latest", "registry.io/myrepo@sha256:abc123", ""})
    void invalidEntries(String entry) throws Exception {
      for (RegistrySources sources : List.of(RegistrySources.adding().blockedRegistries(entry),
          RegistrySources.adding().allowedRegistries(entry), RegistrySources.adding().insecureRegistries(entry))) {
        FeatureResult result = evaluate(RegistrySourcesFeature.of(sources), image("{}"));
        assertThat(result.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(SourcesFindingCodes.SOURCES_ENTRY_INVALID);
          assertThat(f.path()).matches("Image cluster spec\\.registrySources\\.(blocked|allowed|insecure)Registries\\[0\\]");
          assertThat(f.message()).contains("without tags or digests");
        });
      }
    }

    @Test
    @DisplayName("accepts the entries the CRD test suite accepts")
    void validEntries() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding()
              .blockedRegistries("registry.io", "registry.io/myrepo", "*.example.com", "localhost:5000/repo")
              .insecureRegistries("insecure.registry.io", "*.insecure.example.com")),
          image("{}"));
      assertThat(result.findings()).noneMatch(Finding::isError);
    }

    @Test
    @DisplayName("search registries must be host[:port] and given once")
    void searchRegistries() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.replacing()
          .containerRuntimeSearchRegistries("registry.example.com", "quay.io/team", "registry.example.com")), image("{}"));
      assertThat(codes(result)).contains(SourcesFindingCodes.SOURCES_SEARCH_DUPLICATE, SourcesFindingCodes.SOURCES_SEARCH_INVALID);
    }

    @Test
    @DisplayName("external host names and import domains must be host names")
    void hostNames() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding()
          .externalRegistryHostnames("https://registry.example.com")
          .allowedRegistriesForImport(RegistryLocation.of("http://lab.io"))), image("{}"));
      assertThat(codes(result)).contains(SourcesFindingCodes.SOURCES_EXTERNAL_HOSTNAME_INVALID,
          SourcesFindingCodes.SOURCES_IMPORT_DOMAIN_INVALID);
    }

    @Test
    @DisplayName("warns when blocking the release images")
    void blocksRelease() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.adding().blockedRegistries("quay.io")), image("{}"));
      assertThat(codes(result)).contains(SourcesFindingCodes.SOURCES_BLOCKS_RELEASE_IMAGES);
    }

    @Test
    @DisplayName("warns when the allowed registries leave out what the cluster pulls itself")
    void allowedOmitsPlatform() throws Exception {
      FeatureResult result = evaluate(RegistrySourcesFeature.of(RegistrySources.replacing().allowedRegistries("registry.redhat.io")),
          image("{}"));
      assertThat(result.findings()).filteredOn(f -> f.code().equals(SourcesFindingCodes.SOURCES_ALLOWED_OMITS_PLATFORM))
          .singleElement().satisfies(f -> assertThat(f.message())
              .contains("quay.io/openshift-release-dev/ocp-release", "image-registry.openshift-image-registry.svc:5000"));
    }
  }
}
