package dev.registrysdk.storage.odf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.registrysdk.storage.internal.Trees;
import dev.registrysdk.storage.internal.UserSecret;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and builds ObjectBucketClaims and what the bucket provisioner generates for them (a secret
 * and a config map of the claim's name), whatever Java type the observed objects have.
 */
final class BucketClaims {

  static final String API_VERSION = "objectbucket.io/v1alpha1";
  static final String KIND = "ObjectBucketClaim";
  static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
  static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
  static final String BUCKET_NAME = "BUCKET_NAME";

  private BucketClaims() {}

  /** A claim for a bucket of {@code storageClass} whose name starts with {@code generateBucketName}. */
  static GenericKubernetesResource claim(String namespace, String name, String storageClass, String generateBucketName) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("storageClassName", storageClass);
    spec.put("generateBucketName", generateBucketName);
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(API_VERSION)
        .withKind(KIND)
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }

  /** {@code status.phase}: Pending, Bound, Lost, Failed. */
  static Optional<String> phase(HasMetadata claim) {
    return Trees.text(claim, "status.phase");
  }

  /** {@code spec.storageClassName}. */
  static Optional<String> storageClass(HasMetadata claim) {
    return Trees.text(claim, "spec.storageClassName");
  }

  /** The bucket's name: {@code spec.bucketName} of the claim, else {@code BUCKET_NAME} of its config map. */
  static Optional<String> bucketName(HasMetadata claim, Optional<? extends HasMetadata> configMap) {
    return Trees.text(claim, "spec.bucketName").or(() -> configMap.flatMap(cm -> Trees.text(cm, "data." + BUCKET_NAME)));
  }

  /** A decoded value of a secret's {@code data}. */
  static Optional<String> secretValue(HasMetadata secret, String key) {
    JsonNode value = Trees.node(secret, "data").path(key);
    if (value.isTextual() && !value.asText().isEmpty()) {
      return Optional.of(UserSecret.decode(value.asText()));
    }
    return Trees.text(secret, "stringData." + key);
  }

  /** {@code spec.host} of a route. */
  static Optional<String> host(HasMetadata route) {
    return Trees.text(route, "spec.host");
  }
}
