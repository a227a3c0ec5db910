package dev.registrysdk.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wire format: what one side writes, the other reads back. */
class ProtocolTest {

  @Test
  @DisplayName("a run request reads back whole: directory, arguments, environment, terminal and charsets")
  void requestRoundTrip() throws IOException {
    Request request = new Request("/home/user/fleet", List.of("plan", "--s3-access-key", "env:KEY", "", "ü ✓"),
        Map.of("KEY", "secret value", "EMPTY", "", "PATH", "/usr/bin:/bin"), true, "UTF-8", "ISO-8859-1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    Protocol.writeHeader(out, Protocol.RUN);
    request.writeTo(out);

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(in.readInt()).isEqualTo(Protocol.MAGIC);
    assertThat(in.readInt()).isEqualTo(Protocol.VERSION);
    assertThat(in.readByte()).isEqualTo(Protocol.RUN);
    assertThat(Request.readFrom(in)).isEqualTo(request);
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  @DisplayName("frames read back in order: output bytes, text, exit code")
  void framesRoundTrip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    byte[] output = "Plan: 1 change\n".getBytes(StandardCharsets.UTF_8);
    Protocol.writeFrame(out, Protocol.STDOUT, output, 0, output.length);
    Protocol.writeFrame(out, Protocol.STDERR, new byte[0], 0, 0);
    Protocol.writeText(out, Protocol.DECLINED, "a reason");
    Protocol.writeExit(out, 3);

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

    Frame stdout = Protocol.readFrame(in);
    assertThat(stdout.type()).isEqualTo(Protocol.STDOUT);
    assertThat(stdout.payload()).isEqualTo(output);
    assertThat(Protocol.readFrame(in).payload()).isEmpty();
    assertThat(Protocol.readFrame(in).text()).isEqualTo("a reason");
    assertThat(Protocol.readFrame(in).exitCode()).isEqualTo(3);
  }

  @Test
  @DisplayName("a corrupt length is refused before anything is allocated")
  void corruptLength() {
    byte[] bytes = {Protocol.STDOUT, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};

    assertThatThrownBy(() -> Protocol.readFrame(new DataInputStream(new ByteArrayInputStream(bytes))))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("length");
  }

  @Test
  @DisplayName("a request's text shows neither its arguments nor its environment")
  void requestTextHidesSecrets() {
    Request request = new Request("/w", List.of("--s3-access-key", "env:KEY"), Map.of("KEY", "hunter2"), false,
        "UTF-8", "UTF-8");

    assertThat(request.toString()).doesNotContain("hunter2").doesNotContain("KEY").contains("2 arguments");
  }
}
