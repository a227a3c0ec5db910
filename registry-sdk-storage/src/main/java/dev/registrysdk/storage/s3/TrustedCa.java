package dev.registrysdk.storage.s3;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.storage.StorageFindingCodes;
import dev.registrysdk.storage.internal.Pem;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The CA bundle the registry trusts for its S3 endpoint ({@code spec.storage.s3.trustedCA}): a
 * config map in {@code openshift-config} whose key {@code ca-bundle.crt} holds PEM certificates.
 * Needed when the endpoint's certificate is self-signed or signed by a private CA, such as an ODF
 * route or a MinIO server; otherwise the registry fails with
 * {@code x509: certificate signed by unknown authority}.
 *
 * <pre>{@code
 * TrustedCa.fromPem(caPem)                  // the SDK writes image-registry-s3-bundle from this PEM
 * TrustedCa.fromIngressCertificate()        // ... from the cluster's default ingress certificate
 * TrustedCa.configMap("my-ca")              // an existing config map, checked for ca-bundle.crt
 * }</pre>
 *
 * <p>Not to be confused with {@code image.config.openshift.io/cluster} {@code additionalTrustedCA},
 * whose config map keys are host names. Immutable.
 */
@Value.Immutable
public abstract class TrustedCa {

  /** The config map name the ODF procedures use, and the default here. */
  public static final String DEFAULT_CONFIG_MAP = "image-registry-s3-bundle";

  private static final Pattern NAME =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  /** Where the certificates come from. */
  enum Source {
    PEM,
    INGRESS,
    EXISTING
  }

  TrustedCa() {}

  abstract Source source();

  /** The config map's name in {@code openshift-config}. */
  public abstract String configMapName();

  abstract Optional<String> pem();

  /**
   * A config map {@value #DEFAULT_CONFIG_MAP} the SDK writes from PEM certificates, which must
   * parse as X.509.
   */
  public static TrustedCa fromPem(String pem) {
    return ImmutableTrustedCa.builder().source(Source.PEM).configMapName(DEFAULT_CONFIG_MAP).pem(pem).build();
  }

  /**
   * A config map {@value #DEFAULT_CONFIG_MAP} the SDK writes from the cluster's default ingress
   * certificate ({@code tls.crt} of the IngressController's default certificate, else of
   * {@code openshift-ingress/router-certs-default}), as the ODF procedures do for an endpoint
   * behind a route.
   */
  public static TrustedCa fromIngressCertificate() {
    return ImmutableTrustedCa.builder().source(Source.INGRESS).configMapName(DEFAULT_CONFIG_MAP).build();
  }

  /** An existing config map in {@code openshift-config}; it must hold the key {@code ca-bundle.crt}. */
  public static TrustedCa configMap(String name) {
    return ImmutableTrustedCa.builder().source(Source.EXISTING).configMapName(name).build();
  }

  /** A copy that writes its certificates to a config map of this name instead of the default. */
  public TrustedCa configMapName(String name) {
    if (source() == Source.EXISTING) {
      throw new IllegalArgumentException("TrustedCa.configMap(name) already names its config map");
    }
    return ImmutableTrustedCa.builder().from(this).configMapName(name).build();
  }

  @Override
  public String toString() {
    String from = switch (source()) {
      case PEM -> "PEM";
      case INGRESS -> "ingress certificate";
      case EXISTING -> "existing";
    };
    return "TrustedCa{configMap=" + RegistryObjects.CONFIG_NAMESPACE + "/" + configMapName() + ", from=" + from + "}";
  }

  /**
   * What the provider must observe: the config map, which is checked when it exists already and
   * merged into (so compared with what is there) when the SDK writes it.
   */
  Set<ResourceKey> observedObjects() {
    // Also when the SDK writes the config map: the engine plans only objects it has observed.
    ResourceKey configMap = ResourceKey.configMap(RegistryObjects.CONFIG_NAMESPACE, configMapName());
    return source() == Source.INGRESS
        ? Set.of(configMap, RegistryObjects.DEFAULT_INGRESS_CONTROLLER)
        : Set.of(configMap);
  }

  /** Adds the config map to write, or the findings about the existing one. */
  void contribute(ClusterFacts facts, StorageContribution.Builder out) {
    switch (source()) {
      case PEM -> {
        Optional<String> problem = Pem.problem(pem().orElseThrow());
        if (problem.isPresent()) {
          out.addFindings(
              Finding.error(
                  StorageFindingCodes.S3_TRUSTED_CA_INVALID,
                  "spec.storage.s3.trustedCA.name",
                  "The CA certificates given for config map " + configMapName() + " are not usable: "
                      + problem.get(),
                  "Pass PEM certificates (\"-----BEGIN CERTIFICATE-----...\") to TrustedCa.fromPem(..)"));
        } else {
          out.addObjects(configMapObject(pem().orElseThrow(), "CA bundle the registry trusts for S3"));
        }
      }
      case INGRESS -> {
        Optional<String> ingress = facts.ingressCertificatePem();
        Optional<String> problem = ingress.flatMap(Pem::problem);
        if (ingress.isEmpty() || problem.isPresent()) {
          out.addFindings(
              Finding.error(
                  StorageFindingCodes.S3_INGRESS_CERTIFICATE_UNKNOWN,
                  "spec.storage.s3.trustedCA.name",
                  "The cluster's default ingress certificate "
                      + (ingress.isEmpty() ? "was not found" : "is not usable: " + problem.get())
                      + " (tls.crt of the IngressController's default certificate or of "
                      + "openshift-ingress/router-certs-default), so the trusted CA cannot be built from it",
                  "Pass the endpoint's CA: .trustedCa(TrustedCa.fromPem(caPem))"));
        } else {
          out.addObjects(configMapObject(ingress.get(), "CA bundle from the default ingress certificate"));
        }
      }
      case EXISTING -> {
        Optional<ConfigMap> cm = facts.configMap(RegistryObjects.CONFIG_NAMESPACE, configMapName());
        if (cm.isEmpty()) {
          out.addFindings(
              Finding.error(
                  StorageFindingCodes.S3_TRUSTED_CA_NOT_FOUND,
                  "spec.storage.s3.trustedCA.name",
                  "failed to get trusted CA \"" + configMapName() + "\": config map "
                      + RegistryObjects.CONFIG_NAMESPACE + "/" + configMapName() + " does not exist",
                  "Create it with key ca-bundle.crt, or let the SDK write it: .trustedCa(TrustedCa.fromPem(caPem))"));
        } else if (!hasBundle(cm.get())) {
          out.addFindings(
              Finding.error(
                  StorageFindingCodes.S3_TRUSTED_CA_KEY_MISSING,
                  "spec.storage.s3.trustedCA.name",
                  "trusted CA config map \"" + configMapName() + "\" does not contain required key \""
                      + RegistryObjects.CA_BUNDLE_KEY + "\"",
                  "Put the PEM bundle under key ca-bundle.crt, or use .trustedCa(TrustedCa.fromPem(caPem))"));
        }
      }
    }
  }

  private static boolean hasBundle(ConfigMap cm) {
    return cm.getData() != null && cm.getData().get(RegistryObjects.CA_BUNDLE_KEY) != null
        && !cm.getData().get(RegistryObjects.CA_BUNDLE_KEY).isBlank();
  }

  private DesiredObject configMapObject(String pem, String purpose) {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withNamespace(RegistryObjects.CONFIG_NAMESPACE)
            .withName(configMapName())
            .endMetadata()
            .addToData(RegistryObjects.CA_BUNDLE_KEY, pem)
            .build();
    return DesiredObject.merge(cm, purpose);
  }

  @Value.Check
  void check() {
    if (configMapName().length() > 253 || !NAME.matcher(configMapName()).matches()) {
      throw new IllegalArgumentException(
          "A trusted CA config map name is a DNS-1123 subdomain, got \"" + configMapName() + "\"");
    }
    if (source() == Source.PEM && pem().map(String::isBlank).orElse(true)) {
      throw new IllegalArgumentException("TrustedCa.fromPem(..) needs PEM certificates, got a blank text");
    }
  }
}
