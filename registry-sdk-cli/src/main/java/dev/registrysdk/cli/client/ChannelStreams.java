package dev.registrysdk.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Streams over a blocking socket channel that one thread may read while another writes. The JDK's
 * {@code Channels.newInputStream} and {@code newOutputStream} share one lock on Java 17, so a
 * read that waits would hold up every write.
 */
public final class ChannelStreams {

  private ChannelStreams() {}

  /** Reads from the channel. */
  public static InputStream input(SocketChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        int n;
        do {
          n = channel.read(ByteBuffer.wrap(bytes, offset, length));
        } while (n == 0);
        return n;
      }
    };
  }

  /** Writes to the channel, every byte before returning. */
  public static OutputStream output(SocketChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    };
  }
}
