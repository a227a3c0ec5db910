package dev.registrysdk.cli.daemon;

import dev.registrysdk.cli.client.Protocol;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Sends frames to one client, from any thread (a command's output, its live progress ticker, the
 * SDK's watch threads). Once the client is gone, writes are dropped: the run ends as it would with
 * its terminal closed.
 */
final class FrameWriter {

  /** The largest payload of one output frame; longer writes are split. */
  private static final int CHUNK = 64 * 1024;

  private final DataOutputStream out;
  private boolean shown;
  private boolean broken;

  FrameWriter(DataOutputStream out) {
    this.out = out;
  }

  /** Sends bytes of standard output or error. */
  synchronized void output(byte type, byte[] bytes, int offset, int length) {
    for (int from = offset; from < offset + length; from += CHUNK) {
      send(type, bytes, from, Math.min(CHUNK, offset + length - from));
    }
    shown |= length > 0;
  }

  /** Whether any output was sent. */
  synchronized boolean shown() {
    return shown;
  }

  /** Whether the client is gone. */
  synchronized boolean broken() {
    return broken;
  }

  /** Sends {@link Protocol#READY}. */
  synchronized void ready() throws IOException {
    Protocol.writeFrame(out, Protocol.READY, new byte[0], 0, 0);
    out.flush();
  }

  /** Sends the exit code. */
  synchronized void exit(int code) throws IOException {
    Protocol.writeExit(out, code);
    out.flush();
  }

  /** Sends a {@link Protocol#DECLINED} or {@link Protocol#TEXT} frame. */
  synchronized void text(byte type, String text) throws IOException {
    Protocol.writeText(out, type, text);
    out.flush();
  }

  private void send(byte type, byte[] bytes, int offset, int length) {
    if (broken) {
      return;
    }
    try {
      Protocol.writeFrame(out, type, bytes, offset, length);
      out.flush();
    } catch (IOException gone) {
      broken = true;
    }
  }
}
