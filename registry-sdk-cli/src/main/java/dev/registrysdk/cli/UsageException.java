package dev.registrysdk.cli;

/**
 * The command line asks for something that cannot be done as given, found after parsing (a
 * credential variable that is not set, options of another storage backend). Exits with
 * {@link ExitCodes#USAGE}.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With a message that says what to change. */
  public UsageException(String message) {
    super(message);
  }
}
