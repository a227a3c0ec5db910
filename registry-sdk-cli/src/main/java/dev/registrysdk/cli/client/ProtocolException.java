package dev.registrysdk.cli.client;

import java.io.IOException;

/** The other side does not speak the protocol: a wrong magic number, length or frame. */
public final class ProtocolException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With what was wrong. */
  public ProtocolException(String message) {
    super(message);
  }
}
