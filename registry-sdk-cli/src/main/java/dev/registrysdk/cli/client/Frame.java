package dev.registrysdk.cli.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One frame the daemon sends: a type of {@link Protocol} and its payload.
 *
 * @param type {@link Protocol#READY}, {@link Protocol#STDOUT}, ...
 * @param payload the bytes
 */
public record Frame(byte type, byte[] payload) {

  /** The exit code of an {@link Protocol#EXIT} frame. */
  public int exitCode() throws ProtocolException {
    if (payload.length != Integer.BYTES) {
      throw new ProtocolException("an exit frame of " + payload.length + " bytes");
    }
    return ByteBuffer.wrap(payload).getInt();
  }

  /** The string of a {@link Protocol#DECLINED} or {@link Protocol#TEXT} frame. */
  public String text() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
