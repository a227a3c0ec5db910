package dev.registrysdk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.testkit.FakeOpenShift;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistrySpec;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two fake clusters started identically: on {@link #hand()} a test runs a seed procedure's steps as
 * the seed writes them ({@link Oc}), on {@link #sdk()} the one SDK call that replaces them; then it
 * compares what each left behind ({@link #spec}, {@link #userSecret}, {@link #claim}, ...).
 *
 * <p>Each cluster starts on first use, so a test that needs only one pays for one.
 */
public final class Twins implements AutoCloseable {

  /** The name of the registry Config's API, for reads through the testkit. */
  private static final String CONFIG_API = RegistryObjects.CONFIG_API_VERSION;

  private final Supplier<FakeOpenShift.Builder> platform;
  private final List<Consumer<FakeOpenShift>> prerequisites = new ArrayList<>();
  private FakeOpenShift hand;
  private FakeOpenShift sdk;

  private Twins(Supplier<FakeOpenShift.Builder> platform) {
    this.platform = platform;
  }

  /** Twins of the platform the builder describes, e.g. {@code Twins.of(FakeOpenShift::vSphere)}. */
  public static Twins of(Supplier<FakeOpenShift.Builder> platform) {
    return new Twins(platform);
  }

  /** The cluster on which the seed's steps run. */
  public FakeOpenShift hand() {
    if (hand == null) {
      hand = start();
    }
    return hand;
  }

  /** The cluster on which the SDK call runs. */
  public FakeOpenShift sdk() {
    if (sdk == null) {
      sdk = start();
    }
    return sdk;
  }

  /** The seed's {@code oc} commands on the hand cluster. */
  public Oc oc() {
    return Oc.on(hand());
  }

  /** A configurer for the SDK cluster that does not wait the default settle window. */
  public RegistryConfigurer configurer() {
    return configurer(sdk());
  }

  /** A configurer for {@code cluster} that does not wait the default settle window. */
  public static RegistryConfigurer configurer(FakeOpenShift cluster) {
    return RegistryConfigurer.on(cluster.client()).settleWindow(Duration.ZERO);
  }

  /**
   * Adds an object to both clusters as they start, before anything else happens: a prerequisite the
   * seed assumes, such as a CSI driver's storage class.
   */
  public Twins given(Supplier<? extends HasMetadata> object) {
    return givenSetup(cluster -> cluster.objects().create(object.get()));
  }

  /** Changes both clusters as they start, before anything else happens, in the same way. */
  public Twins givenSetup(Consumer<FakeOpenShift> setup) {
    if (hand != null || sdk != null) {
      throw new IllegalStateException("Prerequisites are added before the clusters start");
    }
    prerequisites.add(setup);
    return this;
  }

  private FakeOpenShift start() {
    FakeOpenShift cluster = platform.get().start();
    prerequisites.forEach(p -> p.accept(cluster));
    return cluster;
  }

  @Override
  public void close() {
    if (hand != null) {
      hand.close();
    }
    if (sdk != null) {
      sdk.close();
    }
  }

  // ------------------------------------------------------------------------------ what is left behind

  /**
   * {@code spec} of the registry's Config, without {@code httpSecret}: the operator generates it
   * (64 random bytes) on each cluster, and no procedure sets it.
   */
  public static ObjectNode spec(FakeOpenShift cluster) {
    JsonNode config = cluster.objects().get(CONFIG_API, "Config", null, RegistryObjects.CONFIG_NAME).orElseThrow();
    ObjectNode spec = config.path("spec").deepCopy();
    spec.remove("httpSecret");
    return spec;
  }

  /** The Config as a typed object. */
  public static Config config(FakeOpenShift cluster) {
    return cluster.objects().get(Config.class, null, RegistryObjects.CONFIG_NAME).orElseThrow();
  }

  /** The decoded keys and values of the registry's user credentials secret; empty if it does not exist. */
  public static Map<String, String> userSecret(FakeOpenShift cluster) {
    return secret(cluster, RegistryObjects.NAMESPACE, RegistryObjects.USER_CREDENTIALS_SECRET);
  }

  /** The decoded keys and values of a secret; empty if it does not exist. */
  public static Map<String, String> secret(FakeOpenShift cluster, String namespace, String name) {
    Map<String, String> out = new TreeMap<>();
    cluster.objects().get(Secret.class, namespace, name).ifPresent(s -> {
      if (s.getData() != null) {
        s.getData().forEach((k, v) -> out.put(k, decode(v)));
      }
    });
    return out;
  }

  /** The data of a config map; empty if it does not exist. */
  public static Map<String, String> configMap(FakeOpenShift cluster, String namespace, String name) {
    return cluster.objects().get(io.fabric8.kubernetes.api.model.ConfigMap.class, namespace, name)
        .map(cm -> cm.getData() == null ? Map.<String, String>of() : Map.copyOf(cm.getData()))
        .orElse(Map.of());
  }

  /** What matters of a claim: access modes, size, storage class, phase, and whether the operator owns it. */
  public record Claim(List<String> accessModes, String size, String storageClass, String phase,
      boolean ownedByOperator) {}

  /** A claim in {@code openshift-image-registry}, summarized. */
  public static Optional<Claim> claim(FakeOpenShift cluster, String name) {
    return cluster.objects().get(PersistentVolumeClaim.class, RegistryObjects.NAMESPACE, name).map(pvc -> {
      Map<String, String> annotations = pvc.getMetadata().getAnnotations();
      return new Claim(pvc.getSpec().getAccessModes(),
          pvc.getSpec().getResources().getRequests().get("storage").toString(),
          pvc.getSpec().getStorageClassName(),
          pvc.getStatus() == null ? null : pvc.getStatus().getPhase(),
          annotations != null && "true".equals(annotations.get("imageregistry.openshift.io")));
    });
  }

  /** Every storage class with the value of its default-class annotation ({@code "(none)"} when absent). */
  public static Map<String, String> defaultClassAnnotations(FakeOpenShift cluster) {
    Map<String, String> out = new TreeMap<>();
    for (StorageClass sc : cluster.objects().list(StorageClass.class, null)) {
      Map<String, String> annotations = sc.getMetadata().getAnnotations();
      String value = annotations == null ? null : annotations.get(RegistryObjects.DEFAULT_STORAGE_CLASS_ANNOTATION);
      out.put(sc.getMetadata().getName(), value == null ? "(none)" : value);
    }
    return out;
  }

  /** An ObjectBucketClaim as a JSON tree. */
  public static Optional<JsonNode> bucketClaim(FakeOpenShift cluster, String namespace, String name) {
    return cluster.objects().get("objectbucket.io/v1alpha1", "ObjectBucketClaim", namespace, name);
  }

  /** The host names of the routes in {@code openshift-image-registry}, by route name. */
  public static Map<String, String> registryRoutes(FakeOpenShift cluster) {
    Map<String, String> out = new TreeMap<>();
    for (io.fabric8.openshift.api.model.Route route
        : cluster.objects().list(io.fabric8.openshift.api.model.Route.class, RegistryObjects.NAMESPACE)) {
      out.put(route.getMetadata().getName(), route.getSpec().getHost());
    }
    return out;
  }

  /**
   * A storage class of a file provisioner, whose volumes the fake binds for ReadWriteMany claims,
   * standing in for a CSI driver the seed installs first, such as NetApp Trident.
   */
  public static StorageClass readWriteManyClass(String name, String provisioner) {
    return new StorageClassBuilder().withNewMetadata().withName(name).endMetadata()
        .withProvisioner(provisioner).withReclaimPolicy("Delete").withVolumeBindingMode("Immediate").build();
  }

  /**
   * Makes the storage class {@code name} the only default one, as an administrator does with
   * {@code oc patch storageclass}: {@code "true"} on it, {@code "false"} on the others.
   */
  public static Consumer<FakeOpenShift> defaultStorageClass(String name) {
    return cluster -> cluster.client().storage().v1().storageClasses().list().getItems().forEach(sc -> {
      String wanted = String.valueOf(sc.getMetadata().getName().equals(name));
      cluster.client().storage().v1().storageClasses().withName(sc.getMetadata().getName()).edit(c -> {
        c.getMetadata().getAnnotations().put("storageclass.kubernetes.io/is-default-class", wanted);
        return c;
      });
    });
  }

  /**
   * Makes {@code secretName} in {@code openshift-ingress}, holding {@code pem}, the default
   * IngressController's default certificate, as an administrator does to serve routes with a
   * certificate of their own.
   */
  public static Consumer<FakeOpenShift> customIngressCertificate(String secretName, String pem) {
    return cluster -> {
      cluster.objects().create(new SecretBuilder().withNewMetadata().withName(secretName)
          .withNamespace("openshift-ingress").endMetadata().withType("kubernetes.io/tls")
          .addToData("tls.crt", encode(pem)).addToData("tls.key", encode("not used")).build());
      cluster.client().operator().ingressControllers().inNamespace("openshift-ingress-operator").withName("default")
          .edit(controller -> {
            controller.getSpec().setDefaultCertificate(new io.fabric8.kubernetes.api.model.LocalObjectReference(
                secretName));
            return controller;
          });
    };
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------- the oc CLI

  /**
   * The {@code oc} commands the seeds use, each as the equivalent fabric8 call on one cluster. Each
   * method names its command; patches take the seed's JSON text unchanged.
   */
  public static final class Oc {

    private final FakeOpenShift cluster;

    private Oc(FakeOpenShift cluster) {
      this.cluster = cluster;
    }

    /** The commands on any cluster, e.g. to set up the SDK cluster as a user would have. */
    public static Oc on(FakeOpenShift cluster) {
      return new Oc(cluster);
    }

    private OpenShiftClient client() {
      return cluster.client();
    }

    /**
     * {@code oc patch configs.imageregistry.operator.openshift.io cluster --type merge -p '<json>'}
     * (also spelled {@code config.imageregistry.operator.openshift.io/cluster} or
     * {@code config.image/cluster} in the seeds).
     */
    public Oc patchConfig(String json) {
      client().imageRegistryOperatorConfigs().withName(RegistryObjects.CONFIG_NAME)
          .patch(PatchContext.of(PatchType.JSON_MERGE), json);
      return this;
    }

    /** {@code oc patch storageclass <name> -p '<json>'}: without {@code --type}, a strategic merge patch. */
    public Oc patchStorageClass(String name, String json) {
      client().storage().v1().storageClasses().withName(name).patch(PatchContext.of(PatchType.STRATEGIC_MERGE), json);
      return this;
    }

    /**
     * {@code oc edit configs.imageregistry.operator.openshift.io/cluster}: read the object, change
     * the fields the seed shows, write it back.
     */
    public Oc editConfig(Consumer<ImageRegistrySpec> change) {
      client().imageRegistryOperatorConfigs().withName(RegistryObjects.CONFIG_NAME).edit(c -> {
        change.accept(c.getSpec());
        return c;
      });
      return this;
    }

    /**
     * {@code oc create secret generic <name> --from-literal=K=V ... -n <namespace>}; a
     * {@code --from-file=K=<path>} is the same with the file's content as the value.
     */
    public Oc createSecret(String namespace, String name, Map<String, String> literals) {
      Map<String, String> data = new LinkedHashMap<>();
      literals.forEach((k, v) -> data.put(k, encode(v)));
      client().secrets().inNamespace(namespace).resource(new SecretBuilder().withNewMetadata().withName(name)
          .withNamespace(namespace).endMetadata().withType("Opaque").withData(data).build()).create();
      return this;
    }

    /** {@code oc create configmap <name> --from-file=<key>=./<file> -n <namespace>}. */
    public Oc createConfigMap(String namespace, String name, String key, String content) {
      client().configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
          .withNamespace(namespace).endMetadata().addToData(key, content).build()).create();
      return this;
    }

    /**
     * {@code oc create -f <file> -n <namespace>} of one of the seed's manifests, kept verbatim under
     * {@code src/test/resources/seeds}; {@code namespace} is used when the manifest names none.
     */
    public Oc create(String seedManifest, String namespace) {
      client().resource(load(seedManifest, namespace)).create();
      return this;
    }

    /**
     * {@code cat <<EOF | oc apply -f -} of one of the seed's manifests: creates the object, or merges
     * the manifest into it when it exists, keeping fields others set (as a client-side apply does
     * when the manifest removes nothing).
     */
    public Oc apply(String seedManifest, String namespace) {
      HasMetadata object = load(seedManifest, namespace);
      if (client().resource(object).get() == null) {
        client().resource(object).create();
      } else {
        client().resource(object).patch(PatchContext.of(PatchType.JSON_MERGE),
            client().getKubernetesSerialization().asJson(object));
      }
      return this;
    }

    private HasMetadata load(String seedManifest, String namespace) {
      HasMetadata object = client().load(new ByteArrayInputStream(
          Fixtures.text(seedManifest).getBytes(StandardCharsets.UTF_8))).items().get(0);
      if (object.getMetadata().getNamespace() == null) {
        object.getMetadata().setNamespace(namespace);
      }
      return object;
    }

    /** {@code oc get obc -n <namespace> <name> -o jsonpath='{.spec.bucketName}'}: empty while there is none. */
    public String bucketName(String namespace, String name) {
      GenericKubernetesResource obc = client().genericKubernetesResources("objectbucket.io/v1alpha1",
          "ObjectBucketClaim").inNamespace(namespace).withName(name).get();
      return Fixtures.tree(obc).path("spec").path("bucketName").asText("");
    }

    /**
     * {@code oc get secret -n <namespace> <name> -o jsonpath='{.data.<key>}' | base64 --decode}; fails
     * with {@code oc}'s message when the secret does not exist.
     */
    public String secretValue(String namespace, String name, String key) {
      Secret secret = client().secrets().inNamespace(namespace).withName(name).get();
      if (secret == null) {
        throw new IllegalStateException("Error from server (NotFound): secrets \"" + name + "\" not found");
      }
      return decode(secret.getData().get(key));
    }

    /** {@code oc get route <name> -n <namespace> --template='{{ .spec.host }}'}. */
    public String routeHost(String namespace, String name) {
      return client().routes().inNamespace(namespace).withName(name).get().getSpec().getHost();
    }

    /**
     * {@code oc get ingresscontroller -n openshift-ingress-operator default -o json | jq
     * '.spec.defaultCertificate.name // "router-certs-default"' -r}.
     */
    public String defaultCertificateName() {
      var controller = client().operator().ingressControllers().inNamespace("openshift-ingress-operator")
          .withName("default").get();
      return controller.getSpec().getDefaultCertificate() == null
          ? "router-certs-default"
          : controller.getSpec().getDefaultCertificate().getName();
    }

    /** {@code oc extract secret/<name> -n <namespace> --confirm}, then the content of {@code ./<key>}. */
    public String extract(String namespace, String name, String key) {
      return secretValue(namespace, name, key);
    }
  }
}
