package dev.registrysdk.storage.oss;

import static dev.registrysdk.storage.Fixtures.contribute;
import static dev.registrysdk.storage.Fixtures.facts;
import static dev.registrysdk.storage.Fixtures.finding;
import static dev.registrysdk.storage.StorageFindingCodes.OSS_DRIVER_REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.spi.StorageContribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OssTest {

  @Test
  @DisplayName("choosing OSS is an error that says the driver was removed and what to use instead")
  void refused() {
    StorageContribution c = contribute(Oss.of("ocp-registry"), facts("AlibabaCloud"));
    var f = finding(c, OSS_DRIVER_REMOVED);
    assertThat(f.isError()).isTrue();
    assertThat(f.message()).contains("removed its Alibaba OSS driver", "ignores spec.storage.oss");
    assertThat(f.remedy()).contains("S3.of(\"ocp-registry\")", "aliyuncs.com", "Pvc.create(");
    assertThat(c.storage().getOss().getBucket()).isEqualTo("ocp-registry");
  }
}
