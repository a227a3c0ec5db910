package dev.registrysdk.tck;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A third-party-style provider for testing the kit: an S3 bucket with a key written to the user
 * secret. Each "mistake" knob breaks one property the kit checks.
 */
final class SampleProvider implements StorageProvider {

  enum Mistake { NONE, LEAKS_SECRET, TWO_BACKENDS, SECRET_NOT_SENSITIVE, BAD_FINDING, NO_NAMESPACE, MUTATES_FACTS }

  private final String key;
  private final Mistake mistake;

  SampleProvider(String key, Mistake mistake) {
    this.key = key;
    this.mistake = mistake;
  }

  @Override
  public String backend() {
    return "s3";
  }

  @Override
  public Set<ResourceKey> observedObjects() {
    return Set.of(RegistryObjects.USER_CREDENTIALS);
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    if (mistake == Mistake.MUTATES_FACTS) {
      context.facts().storageClasses().forEach(sc -> sc.getMetadata().setName(sc.getMetadata().getName() + "-x"));
    }
    ImageRegistryConfigStorageBuilder storage = new ImageRegistryConfigStorageBuilder().withNewS3().withBucket("b").endS3();
    if (mistake == Mistake.TWO_BACKENDS) {
      storage.withNewEmptyDir().endEmptyDir();
    }
    UnaryOperator<SecretBuilder> ns = b -> mistake == Mistake.NO_NAMESPACE ? b
        : b.editMetadata().withNamespace(RegistryObjects.NAMESPACE).endMetadata();
    HasMetadata secret = ns.apply(new SecretBuilder().withNewMetadata().withName(RegistryObjects.USER_CREDENTIALS_SECRET)
            .endMetadata()
            .withData(Map.of("KEY", Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))))
        .build();
    DesiredObject object = DesiredObject.merge(secret, "sample credentials");
    StorageContribution.Builder out = StorageContribution.builder()
        .storage(storage.build())
        .addObjects(mistake == Mistake.SECRET_NOT_SENSITIVE ? object : object.asSensitive());
    if (mistake == Mistake.BAD_FINDING) {
      out.addFindings(Finding.warning("badCode", "spec.storage.s3", "something", ""));
    } else {
      out.addFindings(Finding.info("SAMPLE_NOTE", "spec.storage.s3", "a note", "nothing to do"));
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "SampleProvider{" + (mistake == Mistake.LEAKS_SECRET ? key : "****") + "}";
  }
}
