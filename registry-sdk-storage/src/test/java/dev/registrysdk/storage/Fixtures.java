package dev.registrysdk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ConfigBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built cluster facts and helpers shared by the storage tests. */
public final class Fixtures {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Fixtures() {}

  /**
   * Facts of a cluster on {@code platform} with the given objects observed; storage classes go to
   * {@link ClusterFacts#storageClasses()}, as the engine observes all of them.
   */
  public static ClusterFacts facts(String platform, HasMetadata... objects) {
    ClusterFacts.Builder b = ClusterFacts.builder().platformType(platform);
    for (HasMetadata o : objects) {
      if (o instanceof StorageClass sc) {
        b.addStorageClasses(sc);
      } else {
        b.putObject(key(o), o);
        b.addLookedUp(key(o));
      }
    }
    return b.build();
  }

  /** The key of an object, as the engine would file it. */
  public static ResourceKey key(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return ns == null
        ? ResourceKey.clusterScoped(o.getApiVersion(), o.getKind(), o.getMetadata().getName())
        : ResourceKey.namespaced(o.getApiVersion(), o.getKind(), ns, o.getMetadata().getName());
  }

  /** A context where the caller chose neither replicas nor rollout strategy. */
  public static StorageContext context(ClusterFacts facts) {
    return StorageContext.of(facts, Optional.empty(), Optional.empty());
  }

  /** {@code provider.contribute} on {@code facts}. */
  public static StorageContribution contribute(StorageProvider provider, ClusterFacts facts) {
    return provider.contribute(context(facts));
  }

  /** A claim in openshift-image-registry. */
  public static PersistentVolumeClaim claim(String name, String... accessModes) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata().withNamespace(RegistryObjects.NAMESPACE).withName(name).endMetadata()
        .withNewSpec()
        .withAccessModes(accessModes)
        .withNewResources().addToRequests("storage", new Quantity("100Gi")).endResources()
        .endSpec()
        .withNewStatus().withPhase("Bound").endStatus()
        .build();
  }

  /** A storage class; {@code isDefault} sets the default annotation to "true". */
  public static StorageClass storageClass(String name, String provisioner, boolean isDefault) {
    StorageClassBuilder b = new StorageClassBuilder().withNewMetadata().withName(name).endMetadata()
        .withProvisioner(provisioner);
    if (isDefault) {
      b.editMetadata().addToAnnotations(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION, "true").endMetadata();
    }
    return b.build();
  }

  /** A secret with plain-text values, stored as base64 data. */
  public static Secret secret(String namespace, String name, Map<String, String> values) {
    Map<String, String> data = new LinkedHashMap<>();
    values.forEach((k, v) -> data.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    return new SecretBuilder().withNewMetadata().withNamespace(namespace).withName(name).endMetadata()
        .withData(data).build();
  }

  /** The registry's user credentials secret with these plain-text values. */
  public static Secret userSecret(Map<String, String> values) {
    return secret(RegistryObjects.NAMESPACE, RegistryObjects.USER_CREDENTIALS_SECRET, values);
  }

  /** A config map. */
  public static ConfigMap configMap(String namespace, String name, Map<String, String> data) {
    return new ConfigMapBuilder().withNewMetadata().withNamespace(namespace).withName(name).endMetadata()
        .withData(data).build();
  }

  /** A generic object such as an ObjectBucketClaim or a Route, from a YAML text. */
  public static GenericKubernetesResource generic(String yaml) {
    try {
      return YAML.readValue(yaml, GenericKubernetesResource.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A registry Config with this storage in spec. */
  public static Config config(ImageRegistryConfigStorage storage) {
    return new ConfigBuilder().withNewMetadata().withName("cluster").endMetadata()
        .withNewSpec().withReplicas(1).withStorage(storage).endSpec().build();
  }

  /** Any object as a JSON tree. */
  public static JsonNode tree(Object o) {
    return JSON.valueToTree(o);
  }

  /** A JSON text as a tree. */
  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as text. */
  public static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A self-signed certificate, PEM, standing in for the cluster's ingress certificate. */
  public static String ingressPem() {
    return text("/ingress-ca.pem");
  }

  /** A YAML (or JSON) text as a tree. */
  public static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML or JSON test resource as a tree. */
  public static JsonNode resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes of the findings. */
  public static List<String> codes(StorageContribution contribution) {
    return contribution.findings().stream().map(Finding::code).toList();
  }

  /** The one finding with this code. */
  public static Finding finding(StorageContribution contribution, String code) {
    List<Finding> found = contribution.findings().stream().filter(f -> f.code().equals(code)).toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one finding " + code + ", got " + contribution.findings());
    }
    return found.get(0);
  }

  /** The desired object of this kind and name. */
  public static DesiredObject object(StorageContribution contribution, String kind, String name) {
    return contribution.objects().stream()
        .filter(o -> o.object().getKind().equals(kind) && o.object().getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + contribution.objects()));
  }

  /** The decoded data of a desired secret. */
  public static Map<String, String> decodedData(DesiredObject object) {
    Secret secret = (Secret) object.object();
    Map<String, String> out = new LinkedHashMap<>();
    secret.getData().forEach((k, v) -> out.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    return out;
  }
}
