package dev.registrysdk.cli.daemon;

import java.io.OutputStream;

/** Standard output or error of a request: each write goes to the client as a frame at once. */
final class FrameStream extends OutputStream {

  private final FrameWriter frames;
  private final byte type;

  FrameStream(FrameWriter frames, byte type) {
    this.frames = frames;
    this.type = type;
  }

  @Override
  public void write(int b) {
    frames.output(type, new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    frames.output(type, bytes, offset, length);
  }
}
