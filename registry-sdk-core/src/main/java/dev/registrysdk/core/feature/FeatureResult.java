package dev.registrysdk.core.feature;

import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.core.plan.ObjectIntent;
import java.util.List;
import org.immutables.value.Value;

/** What a {@link Feature} wants written, in order, and its findings. */
@Value.Immutable
public abstract class FeatureResult {

  FeatureResult() {}

  /** Objects to write. */
  public abstract List<ObjectIntent> intents();

  /** Findings; any error stops the apply before a write. */
  public abstract List<Finding> findings();

  /** A result. */
  public static FeatureResult of(List<ObjectIntent> intents, List<Finding> findings) {
    return ImmutableFeatureResult.builder().intents(intents).findings(findings).build();
  }
}
