package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One field-level validation error, worded as the Kubernetes API server words it.
 *
 * <p>{@link #toString()} gives the full form ({@code spec.x: Invalid value: 2: detail}); {@link
 * #body()} gives the form without the field, used in {@code Status.details.causes[].message}.
 *
 * @param type the error type
 * @param field the field path, e.g. {@code spec.storage.s3.chunkSizeMiB}
 * @param value the offending value, rendered as the API server renders it, or {@code null}
 * @param detail the explanation, may be empty
 */
@TestkitInternal
public record FieldError(Type type, String field, String value, String detail) {

  /** The error types of {@code k8s.io/apimachinery/pkg/util/validation/field}. */
  public enum Type {
    /** The value is not valid. */
    INVALID("FieldValueInvalid", "Invalid value"),
    /** A required value is missing. */
    REQUIRED("FieldValueRequired", "Required value"),
    /** The value is not one of the supported values. */
    NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
    /** The value has the wrong type. */
    TYPE_INVALID("FieldValueTypeInvalid", "Invalid value"),
    /** A string is too long. */
    TOO_LONG("FieldValueTooLong", "Too long"),
    /** A list has too many items. */
    TOO_MANY("FieldValueTooMany", "Too many"),
    /** A list item is duplicated. */
    DUPLICATE("FieldValueDuplicate", "Duplicate value"),
    /** The field may not be set. */
    FORBIDDEN("FieldValueForbidden", "Forbidden");

    private final String reason;
    private final String text;

    Type(String reason, String text) {
      this.reason = reason;
      this.text = text;
    }

    /** Returns the {@code StatusCause.reason}. */
    public String reason() {
      return reason;
    }

    /** Returns the human text, e.g. {@code Invalid value}. */
    public String text() {
      return text;
    }
  }

  /** An invalid value with a detail. */
  public static FieldError invalid(String field, JsonNode value, String detail) {
    return new FieldError(Type.INVALID, field, render(value), detail);
  }

  /** An invalid value given as already rendered text. */
  public static FieldError invalidRendered(String field, String renderedValue, String detail) {
    return new FieldError(Type.INVALID, field, renderedValue, detail);
  }

  /** A missing required value. */
  public static FieldError required(String field, String detail) {
    return new FieldError(Type.REQUIRED, field, null, detail);
  }

  /** A value outside an enumeration. */
  public static FieldError notSupported(String field, JsonNode value, List<String> supported) {
    String detail = "supported values: " + supported.stream().map(s -> "\"" + s + "\"")
        .collect(Collectors.joining(", "));
    return new FieldError(Type.NOT_SUPPORTED, field, render(value), detail);
  }

  /** A forbidden field. */
  public static FieldError forbidden(String field, String detail) {
    return new FieldError(Type.FORBIDDEN, field, null, detail);
  }

  /** Returns the message without the field path. */
  public String body() {
    StringBuilder s = new StringBuilder(type.text());
    switch (type) {
      case REQUIRED, FORBIDDEN -> {
        if (detail != null && !detail.isEmpty()) {
          s.append(": ").append(detail);
        }
      }
      default -> {
        if (value != null) {
          s.append(": ").append(value);
        }
        if (detail != null && !detail.isEmpty()) {
          s.append(": ").append(detail);
        }
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return field + ": " + body();
  }

  /**
   * Renders a value as the API server does in field errors: strings quoted, numbers and booleans
   * bare, objects and arrays by type name.
   */
  public static String render(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return quote(value.asText());
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    return quote(value.isObject() ? "object" : "array");
  }

  /** Quotes text as Go's {@code %q} does for simple strings. */
  public static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
