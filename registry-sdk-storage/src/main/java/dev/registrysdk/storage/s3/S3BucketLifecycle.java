package dev.registrysdk.storage.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.storage.internal.Trees;

/**
 * Renders the bucket lifecycle configuration the documentation asks for on a bucket the operator
 * does not manage: abort incomplete multipart uploads after one day, so that interrupted pushes do
 * not keep storage forever. (On a bucket with storage {@code Managed} the operator sets this rule
 * itself.) The JSON is the S3 API's lifecycle configuration, accepted by
 * {@code aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration file://lifecycle.json}
 * and by MinIO's {@code mc ilm rule import}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("lifecycle.json"), S3BucketLifecycle.abortIncompleteMultipartUploads());
 * }</pre>
 */
public final class S3BucketLifecycle {

  /** The rule's ID. */
  public static final String RULE_ID = "abort-incomplete-multipart-uploads";

  /** The documented age, in days, after which incomplete uploads are aborted. */
  public static final int DEFAULT_DAYS = 1;

  private S3BucketLifecycle() {}

  /** The lifecycle configuration aborting uploads incomplete after {@value #DEFAULT_DAYS} day. */
  public static String abortIncompleteMultipartUploads() {
    return abortIncompleteMultipartUploads(DEFAULT_DAYS);
  }

  /** The lifecycle configuration aborting uploads incomplete after {@code days} days (at least 1). */
  public static String abortIncompleteMultipartUploads(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("Incomplete uploads are aborted after at least 1 day, got " + days);
    }
    ObjectNode configuration = Trees.MAPPER.createObjectNode();
    ObjectNode rule = configuration.putArray("Rules").addObject();
    rule.put("ID", RULE_ID);
    rule.put("Status", "Enabled");
    rule.putObject("Filter").put("Prefix", "");
    rule.putObject("AbortIncompleteMultipartUpload").put("DaysAfterInitiation", days);
    try {
      return Trees.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(configuration);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }
}
