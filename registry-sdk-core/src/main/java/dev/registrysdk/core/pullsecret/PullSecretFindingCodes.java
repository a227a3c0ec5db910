package dev.registrysdk.core.pullsecret;

/** The stable codes of the findings about pull secrets. */
public final class PullSecretFindingCodes {

  /** The secret's name or namespace is not valid. */
  public static final String PULL_SECRET_NAME_INVALID = "PULL_SECRET_NAME_INVALID";
  /** A pull secret without any credentials. */
  public static final String PULL_SECRET_EMPTY = "PULL_SECRET_EMPTY";
  /** A registry server is not {@code host[:port]} or a URL. */
  public static final String PULL_SECRET_SERVER_INVALID = "PULL_SECRET_SERVER_INVALID";
  /** Two credentials for one server in one secret. */
  public static final String PULL_SECRET_SERVER_DUPLICATE = "PULL_SECRET_SERVER_DUPLICATE";
  /** A secret of that name exists with another type, which cannot change. */
  public static final String PULL_SECRET_TYPE_MISMATCH = "PULL_SECRET_TYPE_MISMATCH";
  /** The existing secret's {@code .dockerconfigjson} does not parse; it would be replaced. */
  public static final String PULL_SECRET_EXISTING_UNREADABLE = "PULL_SECRET_EXISTING_UNREADABLE";
  /** A service account to link does not exist. */
  public static final String PULL_SECRET_SERVICE_ACCOUNT_MISSING = "PULL_SECRET_SERVICE_ACCOUNT_MISSING";

  private PullSecretFindingCodes() {}
}
