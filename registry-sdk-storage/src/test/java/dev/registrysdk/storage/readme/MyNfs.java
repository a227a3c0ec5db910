package dev.registrysdk.storage.readme;

import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.spi.DesiredObject;
import dev.registrysdk.api.spi.StorageContext;
import dev.registrysdk.api.spi.StorageContribution;
import dev.registrysdk.api.spi.StorageProvider;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The third-party provider of the README's compatibility-kit example, written as a user would with
 * the SPI alone: an NFS export as a persistent volume, a claim bound to it for the registry, and the
 * export's password in a secret for the mount helper.
 */
public final class MyNfs implements StorageProvider {

  private static final String NAME = "registry-nfs";

  private final String server;
  private final String password;

  private MyNfs(String server, String password) {
    this.server = server;
    this.password = password;
  }

  /** The export {@code /registry} of {@code server}. */
  public static MyNfs server(String server) {
    return new MyNfs(server, "");
  }

  /** A copy with the export's password. */
  public MyNfs password(String password) {
    return new MyNfs(server, password);
  }

  @Override
  public String backend() {
    return "pvc";
  }

  @Override
  public StorageContribution contribute(StorageContext context) {
    var volume = new PersistentVolumeBuilder().withNewMetadata().withName(NAME).endMetadata()
        .withNewSpec().withCapacity(Map.of("storage", new Quantity("100Gi"))).withAccessModes("ReadWriteMany")
        .withNewNfs().withServer(server).withPath("/registry").endNfs().endSpec().build();
    var claim = new PersistentVolumeClaimBuilder().withNewMetadata().withName(NAME)
        .withNamespace(RegistryObjects.NAMESPACE).endMetadata()
        .withNewSpec().withAccessModes("ReadWriteMany").withStorageClassName("").withVolumeName(NAME)
        .withNewResources().withRequests(Map.of("storage", new Quantity("100Gi"))).endResources().endSpec().build();
    var secret = new SecretBuilder().withNewMetadata().withName(NAME + "-mount")
        .withNamespace(RegistryObjects.NAMESPACE).endMetadata()
        .addToData("password", Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))).build();
    return StorageContribution.builder()
        .storage(new ImageRegistryConfigStorageBuilder().withNewPvc().withClaim(NAME).endPvc().build())
        .addObjects(DesiredObject.createIfAbsent(volume, "the NFS export"),
            DesiredObject.createIfAbsent(claim, "the registry's claim on the export"),
            DesiredObject.merge(secret, "the export's password").asSensitive())
        .build();
  }

  @Override
  public String toString() {
    return "MyNfs{server=" + server + ", password=****}";
  }
}
