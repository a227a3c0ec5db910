package dev.registrysdk.testkit.operator;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fake cloud's object storage: which buckets (S3, GCS, IBM COS), Swift containers and Azure
 * containers ({@code account/container}) exist, and which ones the operator created.
 */
final class CloudBuckets {

  private final Map<String, Boolean> buckets = new TreeMap<>();
  private final Set<String> deleted = new TreeSet<>();

  synchronized void create(String name, boolean byOperator) {
    buckets.merge(name, byOperator, (a, b) -> a || b);
    deleted.remove(name);
  }

  synchronized boolean createdByOperator(String name) {
    return buckets.getOrDefault(name, false);
  }

  synchronized void delete(String name) {
    if (buckets.remove(name) != null) {
      deleted.add(name);
    }
  }

  synchronized Set<String> existing() {
    return Set.copyOf(buckets.keySet());
  }

  synchronized Set<String> deleted() {
    return Set.copyOf(deleted);
  }
}
