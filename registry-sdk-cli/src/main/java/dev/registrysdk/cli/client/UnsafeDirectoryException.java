package dev.registrysdk.cli.client;

import java.io.IOException;

/** The socket directory is not the user's alone; no daemon is used there. */
public final class UnsafeDirectoryException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Says what is wrong with it. */
  public UnsafeDirectoryException(String message) {
    super(message);
  }
}
