package dev.registrysdk.cli;

/**
 * A run that must happen in the user's own process: it would depend on something a library reads
 * from the process itself rather than from the {@link CliEnvironment} (fabric8's in-cluster service
 * account, a kubeconfig credential plugin that inherits the process environment). Thrown only when
 * the environment is not the process's own, and before anything is written or printed; the
 * {@code registryctl} daemon answers it by handing the run back to its client.
 */
public final class InProcessOnlyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Says why; never a credential. */
  public InProcessOnlyException(String reason) {
    super(reason);
  }
}
