package dev.registrysdk.core.validate;

import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.api.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Request limits must not be negative; the operator fails with {@code Requests.Read.MaxRunning must be positive number}. */
final class RequestsRule implements RegistryRule {

  @Override
  public List<Finding> check(ValidationInput input) {
    List<Finding> out = new ArrayList<>();
    input.desired().requests().ifPresent(requests -> {
      check("read", "Read", requests.read(), out);
      check("write", "Write", requests.write(), out);
    });
    return out;
  }

  private static void check(String field, String operatorName, Optional<RequestLimits> limits, List<Finding> out) {
    limits.ifPresent(l -> {
      l.maxRunning().filter(v -> v < 0).ifPresent(v -> out.add(negative(field, "maxRunning", operatorName + ".MaxRunning", v)));
      l.maxInQueue().filter(v -> v < 0).ifPresent(v -> out.add(negative(field, "maxInQueue", operatorName + ".MaxInQueue", v)));
    });
  }

  private static Finding negative(String field, String name, String operatorName, int value) {
    return Finding.error(FindingCodes.REQUESTS_NEGATIVE, "spec.requests." + field + "." + name,
        name + " is " + value + "; the operator would fail with \"Requests." + operatorName + " must be positive number\"",
        "Use 0 (no limit) or a positive number");
  }
}
