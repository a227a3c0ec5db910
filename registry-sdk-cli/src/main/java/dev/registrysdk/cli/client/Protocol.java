package dev.registrysdk.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Constants and encodings of the client–daemon protocol that the package documentation describes. */
public final class Protocol {

  /** The first four bytes of a request, "RCTD". */
  public static final int MAGIC = 0x52435444;
  /** The version this build speaks. */
  public static final int VERSION = 1;

  /** Request kind: run a command. */
  public static final byte RUN = 1;
  /** Request kind: describe the daemon. */
  public static final byte STATUS = 2;
  /** Request kind: stop the daemon. */
  public static final byte STOP = 3;

  /** The client's answer to {@link #READY}. */
  public static final byte GO = 1;

  /** Frame: the request was read and nothing has started. */
  public static final byte READY = 1;
  /** Frame: bytes for standard output. */
  public static final byte STDOUT = 2;
  /** Frame: bytes for standard error. */
  public static final byte STDERR = 3;
  /** Frame: the exit code; the last frame. */
  public static final byte EXIT = 4;
  /** Frame: not run here, the client runs it; the last frame. */
  public static final byte DECLINED = 5;
  /** Frame: an answer to STATUS or STOP; the last frame. */
  public static final byte TEXT = 6;

  /** The largest string or frame accepted, against a corrupt length. */
  static final int MAX_LENGTH = 16 << 20;
  /** The most arguments or environment variables accepted. */
  static final int MAX_COUNT = 1 << 16;

  private Protocol() {}

  /** Writes the magic number, the version and the kind of request. */
  public static void writeHeader(DataOutputStream out, byte kind) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeByte(kind);
  }

  /** Writes a string: its UTF-8 byte count, then the bytes. */
  public static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads a string. */
  public static String readString(DataInputStream in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  /** Reads a count of arguments or variables. */
  static int readCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > MAX_COUNT) {
      throw new ProtocolException("count out of range: " + count);
    }
    return count;
  }

  /** Writes a frame. */
  public static void writeFrame(DataOutputStream out, byte type, byte[] payload, int offset, int length)
      throws IOException {
    out.writeByte(type);
    out.writeInt(length);
    out.write(payload, offset, length);
  }

  /** Writes an {@link #EXIT} frame. */
  public static void writeExit(DataOutputStream out, int code) throws IOException {
    out.writeByte(EXIT);
    out.writeInt(Integer.BYTES);
    out.writeInt(code);
  }

  /** Writes a frame holding a string ({@link #DECLINED}, {@link #TEXT}). */
  public static void writeText(DataOutputStream out, byte type, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeFrame(out, type, bytes, 0, bytes.length);
  }

  /** Reads a frame. */
  public static Frame readFrame(DataInputStream in) throws IOException {
    byte type = in.readByte();
    return new Frame(type, readBytes(in));
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_LENGTH) {
      throw new ProtocolException("length out of range: " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
