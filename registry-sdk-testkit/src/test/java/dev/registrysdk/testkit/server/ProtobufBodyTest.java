package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Protobuf bodies")
class ProtobufBodyTest {

  /** Writes the Protobuf wire format, enough to build test messages. */
  private static final class Message {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Message string(int field, String value) {
      return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Message message(int field, Message value) {
      return bytes(field, value.out.toByteArray());
    }

    Message varint(int field, long value) {
      tag(field, 0);
      writeVarint(value);
      return this;
    }

    Message bytes(int field, byte[] value) {
      tag(field, 2);
      writeVarint(value.length);
      out.writeBytes(value);
      return this;
    }

    private void tag(int field, int wireType) {
      writeVarint((long) field << 3 | wireType);
    }

    private void writeVarint(long value) {
      while ((value & ~0x7fL) != 0) {
        out.write((int) (value & 0x7f) | 0x80);
        value >>>= 7;
      }
      out.write((int) value);
    }

    byte[] envelope(String apiVersion, String kind) {
      Message unknown = new Message().message(1, new Message().string(1, apiVersion).string(2, kind))
          .bytes(2, out.toByteArray()).string(3, "").string(4, "");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(new byte[] {'k', '8', 's', 0});
      body.writeBytes(unknown.out.toByteArray());
      return body.toByteArray();
    }
  }

  @Test
  @DisplayName("a RoleBinding decodes to its JSON form, without the empty values proto2 writes")
  void roleBinding() {
    Message metadata = new Message().string(1, "registry-viewer").string(2, "").string(3, "team-a").varint(7, 0)
        .message(11, new Message().string(1, "app").string(2, "registry"));
    Message binding = new Message().message(1, metadata)
        .message(2, new Message().string(1, "User").string(2, "rbac.authorization.k8s.io").string(3, "ocp-user")
            .string(4, ""))
        .message(2, new Message().string(1, "ServiceAccount").string(2, "").string(3, "builder").string(4, "team-b"))
        .message(3, new Message().string(1, "rbac.authorization.k8s.io").string(2, "ClusterRole")
            .string(3, "registry-viewer"))
        .varint(99, 7);

    ObjectNode json = ProtobufBody.decode(binding.envelope("rbac.authorization.k8s.io/v1", "RoleBinding"));

    assertThat(json.toString()).isEqualTo("{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"RoleBinding\","
        + "\"metadata\":{\"name\":\"registry-viewer\",\"namespace\":\"team-a\",\"labels\":{\"app\":\"registry\"}},"
        + "\"subjects\":[{\"kind\":\"User\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"ocp-user\"},"
        + "{\"kind\":\"ServiceAccount\",\"name\":\"builder\",\"namespace\":\"team-b\"}],"
        + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"registry-viewer\"}}");
  }

  @Test
  @DisplayName("a ClusterRole decodes with its rules")
  void clusterRole() {
    Message role = new Message().message(1, new Message().string(1, "prometheus-scraper"))
        .message(2, new Message().string(1, "get").string(2, "image.openshift.io").string(3, "registry/metrics"));

    ObjectNode json = ProtobufBody.decode(role.envelope("rbac.authorization.k8s.io/v1", "ClusterRole"));

    assertThat(json.at("/rules/0/verbs/0").asText()).isEqualTo("get");
    assertThat(json.at("/rules/0/apiGroups/0").asText()).isEqualTo("image.openshift.io");
    assertThat(json.at("/rules/0/resources/0").asText()).isEqualTo("registry/metrics");
  }

  @Test
  @DisplayName("a kind the server does not decode is answered 415, as an unsupported format")
  void otherKind() {
    byte[] body = new Message().message(1, new Message().string(1, "q")).envelope("v1", "ResourceQuota");
    assertThatThrownBy(() -> ProtobufBody.decode(body)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status().getCode()).isEqualTo(415));
  }

  @Test
  @DisplayName("bytes without the envelope, or cut short, are answered 400")
  void malformed() {
    assertThatThrownBy(() -> ProtobufBody.decode("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getCode()).isEqualTo(400));
    byte[] whole = new Message().message(1, new Message().string(1, "x")).envelope("rbac.authorization.k8s.io/v1",
        "Role");
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
    assertThatThrownBy(() -> ProtobufBody.decode(cut))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getMessage()).contains("truncated"));
  }
}
