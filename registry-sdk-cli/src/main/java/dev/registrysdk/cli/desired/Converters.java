package dev.registrysdk.cli.desired;

import dev.registrysdk.api.GoDuration;
import dev.registrysdk.api.LogLevel;
import dev.registrysdk.api.RolloutStrategy;
import dev.registrysdk.api.StorageManagementState;
import dev.registrysdk.storage.pvc.AccessMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for option values written as the API writes them ({@code RollingUpdate},
 * {@code TraceAll}, {@code 1h30m}); case and dashes do not matter.
 */
public final class Converters {

  private Converters() {}

  /** Finds an enum constant by its wire value or constant name. */
  public static <E extends Enum<E>> E wire(String text, Class<E> type, Function<E, String> wireValue) {
    String wanted = normalise(text);
    for (E constant : type.getEnumConstants()) {
      if (normalise(wireValue.apply(constant)).equals(wanted) || normalise(constant.name()).equals(wanted)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException("'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(wireValue).collect(Collectors.joining(", ")));
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  /** {@code Recreate}, {@code RollingUpdate}. */
  public static final class Rollout implements ITypeConverter<RolloutStrategy> {
    @Override
    public RolloutStrategy convert(String value) {
      return wire(value, RolloutStrategy.class, RolloutStrategy::wireValue);
    }
  }

  /** {@code Normal}, {@code Debug}, {@code Trace}, {@code TraceAll}. */
  public static final class Level implements ITypeConverter<LogLevel> {
    @Override
    public LogLevel convert(String value) {
      return wire(value, LogLevel.class, LogLevel::wireValue);
    }
  }

  /** {@code Managed}, {@code Unmanaged}. */
  public static final class StorageState implements ITypeConverter<StorageManagementState> {
    @Override
    public StorageManagementState convert(String value) {
      return wire(value, StorageManagementState.class, StorageManagementState::wireValue);
    }
  }

  /** {@code ReadWriteOnce}, {@code ReadWriteMany}. */
  public static final class Access implements ITypeConverter<AccessMode> {
    @Override
    public AccessMode convert(String value) {
      return wire(value, AccessMode.class, AccessMode::wireValue);
    }
  }

  /** Go durations: {@code 90s}, {@code 10m}, {@code 1h30m}; {@code 0} for none. */
  public static final class GoDurations implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return GoDuration.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 10m or 1h30m");
      }
    }
  }
}
