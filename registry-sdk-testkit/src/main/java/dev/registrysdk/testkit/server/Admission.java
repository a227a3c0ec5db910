package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Defaults, prunes and validates an object on its way into the store, as the API server does for a
 * kind with an OpenAPI schema.
 */
@TestkitInternal
@FunctionalInterface
public interface Admission {

  /** Admits everything unchanged. */
  Admission NONE = (type, object, old, subresource) -> Result.OK;

  /**
   * Admits one write.
   *
   * @param type the kind
   * @param object the object to store; defaults are applied and unknown fields pruned in place
   * @param old the stored object for updates (used for ratcheting), or {@code null} for creates
   * @param subresource {@code status} for status writes, else {@code null}
   * @return the field errors (the write fails with 422 when any) and the pruned unknown fields
   */
  Result admit(ResourceType type, ObjectNode object, ObjectNode old, String subresource);

  /**
   * What admission found.
   *
   * @param errors field errors; non-empty fails the write with 422
   * @param unknownFields paths of fields not in the schema, already pruned
   */
  record Result(List<FieldError> errors, List<String> unknownFields) {
    /** Nothing found. */
    public static final Result OK = new Result(List.of(), List.of());

    /** Copies the lists. */
    public Result {
      errors = List.copyOf(errors);
      unknownFields = List.copyOf(unknownFields);
    }
  }
}
