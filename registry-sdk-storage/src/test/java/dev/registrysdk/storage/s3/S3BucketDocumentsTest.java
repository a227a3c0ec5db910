package dev.registrysdk.storage.s3;

import static dev.registrysdk.storage.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class S3BucketDocumentsTest {

  /** Seed 002, ocp-registry-policy.json, as written there. */
  private static final String SEED_POLICY = """
      {
      "Version": "2012-10-17",
      "Statement": [
      {
      "Action": [
      "s3:GetObject",
      "s3:PutObject",
      "s3:DeleteObject",
      "s3:ListMultipartUploadParts",
      "s3:AbortMultipartUpload"
      ],
      "Effect": "Allow",
      "Resource": [
      "arn:aws:s3:::ocp-registry/*"
      ],
      "Sid": ""
      },
      {
      "Action": [
      "s3:ListBucket",
      "s3:GetBucketLocation",
      "s3:ListBucketMultipartUploads"
      ],
      "Effect": "Allow",
      "Resource": [
      "arn:aws:s3:::ocp-registry"
      ],
      "Sid": ""
      }
      ]
      }
      """;

  @Test
  @DisplayName("the least-privilege policy equals seed 002's ocp-registry-policy.json")
  void policyEqualsSeed() {
    assertThat(json(S3BucketPolicy.leastPrivilege("ocp-registry"))).isEqualTo(json(SEED_POLICY));
  }

  @Test
  @DisplayName("a bucket name that is not an S3 name is refused instead of being put into an ARN")
  void badBucket() {
    assertThatThrownBy(() -> S3BucketPolicy.leastPrivilege("x\",\"Resource\":\"*"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the lifecycle rule aborts incomplete multipart uploads after 1 day")
  void lifecycle() {
    assertThat(json(S3BucketLifecycle.abortIncompleteMultipartUploads())).isEqualTo(json("""
        {"Rules":[{"ID":"abort-incomplete-multipart-uploads","Status":"Enabled","Filter":{"Prefix":""},
                   "AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}}]}"""));
  }

  @Test
  @DisplayName("fewer than 1 day is refused")
  void lifecycleDays() {
    assertThatThrownBy(() -> S3BucketLifecycle.abortIncompleteMultipartUploads(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
