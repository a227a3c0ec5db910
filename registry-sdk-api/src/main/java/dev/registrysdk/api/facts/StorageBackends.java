package dev.registrysdk.api.facts;

import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorage;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the storage backends of {@code spec.storage} as the API spells them, and which of
 * them a storage stanza sets.
 */
public final class StorageBackends {

  /** Every backend key of {@code spec.storage}, in the API's order. */
  public static final List<String> ALL =
      List.of("azure", "emptyDir", "gcs", "ibmcos", "oss", "pvc", "s3", "swift");

  private StorageBackends() {}

  /** The backend keys set in {@code storage}, in {@link #ALL}'s order. */
  public static List<String> present(ImageRegistryConfigStorage storage) {
    List<String> out = new ArrayList<>();
    if (storage.getAzure() != null) {
      out.add("azure");
    }
    if (storage.getEmptyDir() != null) {
      out.add("emptyDir");
    }
    if (storage.getGcs() != null) {
      out.add("gcs");
    }
    if (storage.getIbmcos() != null) {
      out.add("ibmcos");
    }
    if (storage.getOss() != null) {
      out.add("oss");
    }
    if (storage.getPvc() != null) {
      out.add("pvc");
    }
    if (storage.getS3() != null) {
      out.add("s3");
    }
    if (storage.getSwift() != null) {
      out.add("swift");
    }
    return out;
  }
}
