package dev.registrysdk.storage.odf;

import static dev.registrysdk.storage.Fixtures.configMap;
import static dev.registrysdk.storage.Fixtures.generic;
import static dev.registrysdk.storage.Fixtures.secret;
import static dev.registrysdk.storage.Fixtures.storageClass;

import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.storage.Fixtures;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An ODF cluster as the engine would observe it, and what ODF generates for a bound claim. */
public final class OdfFixtures {

  static final String ACCESS = "CANARY-ODF-ACCESS-KEY";
  static final String SECRET = "CANARY-ODF-SECRET-KEY";
  static final String INGRESS_DOMAIN = "apps.example.com";

  private OdfFixtures() {}

  /** A bare-metal cluster with ODF's storage classes, its two routes and an ingress certificate. */
  public static ClusterFacts odfCluster(HasMetadata... more) {
    List<HasMetadata> objects = new ArrayList<>(List.of(
        storageClass("ocs-storagecluster-ceph-rgw", "openshift-storage.ceph.rook.io/bucket", false),
        storageClass("openshift-storage.noobaa.io", "openshift-storage.noobaa.io/obc", false),
        route("ocs-storagecluster-cephobjectstore", "ocs-storagecluster-cephobjectstore-openshift-storage." + INGRESS_DOMAIN),
        route("s3", "s3-openshift-storage." + INGRESS_DOMAIN)));
    objects.addAll(List.of(more));
    return Fixtures.facts("BareMetal", objects.toArray(HasMetadata[]::new)).toBuilder()
        .ingressDomain(INGRESS_DOMAIN)
        .ingressCertificatePem(Fixtures.ingressPem())
        .build();
  }

  static GenericKubernetesResource route(String name, String host) {
    return generic("""
        apiVersion: route.openshift.io/v1
        kind: Route
        metadata: {name: %s, namespace: openshift-storage}
        spec: {host: %s}
        """.formatted(name, host));
  }

  static GenericKubernetesResource claim(String name, String storageClass, String phase, String bucketName) {
    return generic("""
        apiVersion: objectbucket.io/v1alpha1
        kind: ObjectBucketClaim
        metadata: {name: %1$s, namespace: openshift-storage}
        spec: {storageClassName: %2$s, generateBucketName: %1$s, bucketName: %4$s}
        status: {phase: %3$s}
        """.formatted(name, storageClass, phase, bucketName));
  }

  static GenericKubernetesResource pendingClaim(String name, String storageClass) {
    return generic("""
        apiVersion: objectbucket.io/v1alpha1
        kind: ObjectBucketClaim
        metadata: {name: %1$s, namespace: openshift-storage}
        spec: {storageClassName: %2$s, generateBucketName: %1$s}
        status: {phase: Pending}
        """.formatted(name, storageClass));
  }

  static Secret bucketSecret(String name) {
    return secret("openshift-storage", name, Map.of("AWS_ACCESS_KEY_ID", ACCESS, "AWS_SECRET_ACCESS_KEY", SECRET));
  }

  static ConfigMap bucketConfigMap(String name, String bucket) {
    return configMap("openshift-storage", name, Map.of("BUCKET_NAME", bucket, "BUCKET_HOST", "s3.openshift-storage.svc"));
  }
}
