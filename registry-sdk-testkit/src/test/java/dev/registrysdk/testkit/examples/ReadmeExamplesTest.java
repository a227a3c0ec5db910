package dev.registrysdk.testkit.examples;

import static dev.registrysdk.testkit.assertj.FakeOpenShiftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import dev.registrysdk.testkit.junit.WithFakeOpenShift;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImageRegistryConfigStorageS3Builder;
import io.fabric8.openshift.client.OpenShiftClient;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The examples of the testkit's README section, compiled and run. The README shows each tagged region
 * verbatim inside an {@code InstallerTest} class; {@link ReadmeSnippetsTest} checks that they agree.
 */
@WithFakeOpenShift(platform = Platform.BARE_METAL)
@DisplayName("README examples")
class ReadmeExamplesTest {

  // tag::junit[]
  FakeOpenShift cluster;
  OpenShiftClient client;

  @Test
  void switchesBareMetalRegistryToS3() {
    client.secrets().inNamespace("openshift-image-registry").resource(new SecretBuilder()
        .withNewMetadata().withName("image-registry-private-configuration-user").endMetadata()
        .addToStringData("REGISTRY_STORAGE_S3_ACCESSKEY", "AKIA...")
        .addToStringData("REGISTRY_STORAGE_S3_SECRETKEY", "...").build()).create();

    client.imageRegistryOperatorConfigs().withName("cluster").edit(config -> {
      config.getSpec().setManagementState("Managed");
      config.getSpec().getStorage().setS3(new ImageRegistryConfigStorageS3Builder()
          .withBucket("registry").withRegion("us-east-1").build());
      return config;
    });

    assertThat(cluster).registry().isReady().hasStorage("s3").hasStorageManagementState("Unmanaged");
    assertThat(cluster).clusterOperator().hasCondition("Available", "True", "Ready");
    assertThat(cluster.requests().count("PUT", "configs") + cluster.requests().count("PATCH", "configs"))
        .isEqualTo(1);
  }
  // end::junit[]

  // tag::faults[]
  @Test
  void degradesFiveMinutesAfterStorageBreaks() {
    client.imageRegistryOperatorConfigs().withName("cluster").edit(config -> {
      config.getSpec().setManagementState("Managed");
      config.getSpec().getStorage().setS3(new ImageRegistryConfigStorageS3Builder().withBucket("b").build());
      return config;                       // no credentials secret on bare metal
    });
    assertThat(cluster).registry().isNotAvailable().isNotDegraded()
        .hasConditionMessageContaining("Progressing", "installer-cloud-credentials");

    cluster.clock().advance(Duration.ofMinutes(6));   // virtual time: returns at once

    assertThat(cluster).registry().hasCondition("Degraded", "True", "Unavailable");
  }
  // end::faults[]
}
