package dev.registrysdk.storage.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.storage.internal.Trees;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders the least-privilege IAM policy the registry needs on its bucket: object read, write and
 * delete and multipart uploads on {@code arn:aws:s3:::<bucket>/*}, listing and location on the
 * bucket itself. AWS IAM and MinIO ({@code mc admin policy create <alias> <name> policy.json})
 * accept it as it is.
 *
 * <pre>{@code
 * Files.writeString(Path.of("ocp-registry-policy.json"), S3BucketPolicy.leastPrivilege("ocp-registry"));
 * }</pre>
 */
public final class S3BucketPolicy {

  /** The policy language version AWS and MinIO expect. */
  public static final String POLICY_VERSION = "2012-10-17";

  /** Actions on the bucket's objects. */
  public static final List<String> OBJECT_ACTIONS = List.of(
      "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload");

  /** Actions on the bucket. */
  public static final List<String> BUCKET_ACTIONS =
      List.of("s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads");

  private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");

  private S3BucketPolicy() {}

  /** The policy for {@code bucket}, as pretty-printed JSON. */
  public static String leastPrivilege(String bucket) {
    if (!BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "An S3 bucket name has 3 to 63 lower case letters, digits, '.' and '-', got \"" + bucket + "\"");
    }
    ObjectNode policy = Trees.MAPPER.createObjectNode();
    policy.put("Version", POLICY_VERSION);
    ArrayNode statements = policy.putArray("Statement");
    statements.add(statement(OBJECT_ACTIONS, "arn:aws:s3:::" + bucket + "/*"));
    statements.add(statement(BUCKET_ACTIONS, "arn:aws:s3:::" + bucket));
    try {
      return Trees.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  private static ObjectNode statement(List<String> actions, String resource) {
    ObjectNode statement = Trees.MAPPER.createObjectNode();
    ArrayNode action = statement.putArray("Action");
    actions.forEach(action::add);
    statement.put("Effect", "Allow");
    statement.putArray("Resource").add(resource);
    statement.put("Sid", "");
    return statement;
  }
}
