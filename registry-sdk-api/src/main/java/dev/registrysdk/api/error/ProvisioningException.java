package dev.registrysdk.api.error;

/**
 * A storage provider could not provision what it needs, for a reason that waiting will not fix,
 * e.g. an ObjectBucketClaim went {@code Lost} or {@code Failed}.
 */
public final class ProvisioningException extends RegistrySdkException {

  private static final long serialVersionUID = 1L;

  /** With a message that says what failed and what to do. */
  public ProvisioningException(String message) {
    super(message);
  }
}
