package dev.registrysdk.testkit.bootstrap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-platform facts the fake installer and operator share: regions, and the keys of the cloud
 * credentials secret {@code openshift-image-registry/installer-cloud-credentials}.
 */
@TestkitInternal
public final class PlatformDefaults {

  /** AWS region of the fake cluster. */
  public static final String AWS_REGION = "us-east-1";
  /** GCP project of the fake cluster. */
  public static final String GCP_PROJECT = "testkit-project";
  /** GCP region of the fake cluster. */
  public static final String GCP_REGION = "us-central1";
  /** IBM Cloud location of the fake cluster. */
  public static final String IBM_LOCATION = "us-east";
  /** Annotation the fake provisioner reads: whether a class can give ReadWriteMany volumes. */
  public static final String RWX_ANNOTATION = "testkit.registry-sdk.dev/read-write-many";

  private PlatformDefaults() {
  }

  /**
   * Returns the plain-text data of {@code installer-cloud-credentials} for a platform, empty when the
   * platform mints none.
   */
  public static Map<String, String> installerCredentials(Platform platform, boolean swift) {
    Map<String, String> data = new LinkedHashMap<>();
    switch (platform) {
      case AWS -> {
        data.put("aws_access_key_id", "AKIATESTKITFAKEKEY01");
        data.put("aws_secret_access_key", "testkit/fake/secret/access/key/000000000");
      }
      case GCP -> {
        ObjectNode key = Json.object();
        key.put("type", "service_account");
        key.put("project_id", GCP_PROJECT);
        key.put("client_email", "image-registry@" + GCP_PROJECT + ".iam.gserviceaccount.com");
        data.put("service_account.json", Json.write(key));
      }
      case AZURE -> {
        data.put("azure_subscription_id", "00000000-0000-4000-8000-00000000000a");
        data.put("azure_client_id", "00000000-0000-4000-8000-00000000000b");
        data.put("azure_client_secret", "testkit-fake-client-secret");
        data.put("azure_tenant_id", "00000000-0000-4000-8000-00000000000c");
        data.put("azure_resourcegroup", "testkit-rg");
        data.put("azure_region", "eastus");
      }
      case IBM_CLOUD, POWER_VS -> data.put("ibmcloud_api_key", "testkit-fake-ibmcloud-api-key");
      case OPENSTACK -> {
        {
          ObjectNode clouds = Json.object();
          ObjectNode cloud = clouds.putObject("clouds").putObject("openstack");
          ObjectNode auth = cloud.putObject("auth");
          auth.put("auth_url", "https://keystone.example.com:5000/v3");
          auth.put("username", "testkit");
          auth.put("password", "testkit-fake-password");
          auth.put("project_name", "testkit");
          auth.put("user_domain_name", "Default");
          cloud.put("region_name", "regionOne");
          data.put("clouds.yaml", Json.writeYaml(clouds));
        }
      }
      default -> {
      }
    }
    return data;
  }
}
