package dev.registrysdk.cli.doctor;

import dev.registrysdk.api.finding.Finding;
import java.util.Map;

/**
 * The registryctl options that fix what a finding reports, for the findings a doctor meets most;
 * other findings keep the SDK's remedy.
 */
final class CliRemedies {

  private static final Map<String, String> BY_PATH = Map.of(
      "spec.replicas", "registryctl apply --replicas 1, or storage several pods can share (--storage s3, odf-noobaa, or a ReadWriteMany claim)",
      "spec.rolloutStrategy", "registryctl apply --rollout-strategy Recreate");

  private static final Map<String, String> BY_CODE = Map.of(
      "STORAGE_NOT_CONFIGURED", "registryctl apply --storage pvc (or s3, odf-noobaa, cephfs...; emptydir for non-production only)",
      "S3_CREDENTIALS_INCOMPLETE", "registryctl apply --storage s3 --s3-bucket NAME --s3-access-key env:VARIABLE --s3-secret-key env:VARIABLE",
      "S3_NO_CREDENTIALS", "registryctl apply --storage s3 --s3-bucket NAME --s3-access-key env:VARIABLE --s3-secret-key env:VARIABLE",
      "GCS_CREDENTIALS_INCOMPLETE", "registryctl apply --storage gcs --gcs-bucket NAME --gcs-keyfile file:service-account.json",
      "AZURE_CREDENTIALS_INCOMPLETE", "registryctl apply --storage azure --azure-account NAME --azure-container NAME --azure-account-key env:VARIABLE",
      "IBMCOS_CREDENTIALS_INCOMPLETE", "registryctl apply --storage ibmcos --ibmcos-bucket NAME --ibmcos-api-key env:VARIABLE",
      "SWIFT_CREDENTIALS_INCOMPLETE", "registryctl apply --storage swift --swift-username NAME --swift-password env:VARIABLE");

  private CliRemedies() {}

  /** The registryctl remedy for a finding, or the SDK's own. */
  static String of(Finding finding) {
    String byCode = BY_CODE.get(finding.code());
    if (byCode != null) {
      return byCode;
    }
    String byPath = BY_PATH.get(finding.path());
    if (byPath != null && (finding.code().startsWith("STORAGE_") || finding.code().startsWith("PVC_READ_WRITE_ONCE")
        || finding.code().startsWith("EMPTYDIR_"))) {
      return byPath;
    }
    return finding.remedy();
  }
}
