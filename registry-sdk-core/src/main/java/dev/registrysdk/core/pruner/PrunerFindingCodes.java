package dev.registrysdk.core.pruner;

/** The stable codes of the findings about image pruning. */
public final class PrunerFindingCodes {

  /** The schedule is not a cron expression the CronJob accepts. */
  public static final String PRUNER_SCHEDULE_INVALID = "PRUNER_SCHEDULE_INVALID";
  /** A count or age is negative. */
  public static final String PRUNER_VALUE_NEGATIVE = "PRUNER_VALUE_NEGATIVE";
  /** The registry is Removed or Unmanaged: pruning skips registry storage. */
  public static final String PRUNER_SKIPS_REGISTRY_STORAGE = "PRUNER_SKIPS_REGISTRY_STORAGE";
  /** The deprecated {@code keepYoungerThan} is set and is now ignored. */
  public static final String PRUNER_KEEP_YOUNGER_THAN_IGNORED = "PRUNER_KEEP_YOUNGER_THAN_IGNORED";

  private PrunerFindingCodes() {}
}
