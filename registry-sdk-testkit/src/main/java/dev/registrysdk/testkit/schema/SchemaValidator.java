package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.testkit.server.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a {@link Schema} to an object as the API server does for a custom resource: prune unknown
 * fields, apply defaults, then validate with the API server's wording, ratcheting unchanged values (a
 * value equal to its correlated old value is not validated again).
 */
final class SchemaValidator {

  private static final Pattern DURATION = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?(ns|us|µs|ms|s|m|h))+$|^0$");
  private static final Pattern DATE_TIME = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");

  private final Set<String> disabled;
  private final List<FieldError> errors = new ArrayList<>();
  private final List<String> unknownFields = new ArrayList<>();

  /**
   * @param disabled schema locations and keywords to skip, as {@code spec.a.b[*]#minLength}
   */
  SchemaValidator(Set<String> disabled) {
    this.disabled = disabled;
  }

  List<FieldError> errors() {
    return errors;
  }

  List<String> unknownFields() {
    return unknownFields;
  }

  /** Prunes unknown fields and applies defaults in place. */
  void prepare(Schema schema, JsonNode node, String path) {
    if (schema == null || node == null || schema.preserveUnknownFields && schema.properties.isEmpty()) {
      return;
    }
    if (node instanceof ObjectNode object) {
      if (!schema.properties.isEmpty() || schema.additionalProperties == null) {
        if (!schema.preserveUnknownFields) {
          List<String> unknown = new ArrayList<>();
          object.fieldNames().forEachRemaining(name -> {
            if (!schema.properties.containsKey(name) && schema.additionalProperties == null) {
              unknown.add(name);
            }
          });
          for (String name : unknown) {
            object.remove(name);
            unknownFields.add(join(path, name));
          }
        }
      }
      for (Map.Entry<String, Schema> p : schema.properties.entrySet()) {
        JsonNode child = object.get(p.getKey());
        if (child == null && p.getValue().defaultValue != null) {
          object.set(p.getKey(), p.getValue().defaultValue.deepCopy());
          child = object.get(p.getKey());
        }
        if (child != null && !child.isNull()) {
          prepare(p.getValue(), child, join(path, p.getKey()));
        }
      }
      if (schema.additionalProperties != null) {
        object.properties().forEach(e -> prepare(schema.additionalProperties, e.getValue(),
            join(path, e.getKey())));
      }
    } else if (node instanceof ArrayNode array && schema.items != null) {
      for (int i = 0; i < array.size(); i++) {
        prepare(schema.items, array.get(i), path + "[" + i + "]");
      }
    }
  }

  /** Validates a value against a schema; {@code old} is the correlated old value or {@code null}. */
  void validate(Schema schema, JsonNode value, JsonNode old, String path, String location) {
    if (schema == null || value == null) {
      return;
    }
    if (old != null && old.equals(value)) {
      return;
    }
    if (value.isNull()) {
      if (!schema.nullable) {
        errors.add(new FieldError(FieldError.Type.INVALID, path, "\"null\"", path + " in body must be of type "
            + schema.type + ": \"null\""));
      }
      return;
    }
    if (!checkType(schema, value, path)) {
      return;
    }
    if (value.isTextual()) {
      validateString(schema, value, path, location);
    } else if (value.isNumber()) {
      validateNumber(schema, value, path, location);
    } else if (value.isArray()) {
      validateArray(schema, (ArrayNode) value, old, path, location);
    } else if (value.isObject()) {
      validateObject(schema, (ObjectNode) value, old, path, location);
    }
    if (!disabled.contains(location + "#x-kubernetes-validations")) {
      for (Schema.Rule rule : schema.rules) {
        if (rule.transition() && old == null) {
          continue;
        }
        if (!rule.check().test(value, old)) {
          errors.add(FieldError.invalidRendered(path, FieldError.quote(typeName(value)), rule.message()));
        }
      }
    }
  }

  private boolean checkType(Schema schema, JsonNode value, String path) {
    String actual = typeName(value);
    boolean ok = switch (schema.type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> true;
    };
    if (!ok) {
      errors.add(new FieldError(FieldError.Type.TYPE_INVALID, path, FieldError.quote(actual), path
          + " in body must be of type " + schema.type + ": " + FieldError.quote(actual)));
    }
    return ok;
  }

  private void validateString(Schema schema, JsonNode value, String path, String location) {
    String text = value.asText();
    if (schema.enumValues != null && !schema.enumValues.contains(text) && !disabled.contains(location + "#enum")) {
      errors.add(FieldError.notSupported(path, value, schema.enumValues));
    }
    if (schema.maxLength != null && text.length() > schema.maxLength && !disabled.contains(location + "#maxLength")) {
      errors.add(new FieldError(FieldError.Type.TOO_LONG, path, null, "may not be more than " + schema.maxLength
          + " bytes"));
    }
    if (schema.minLength != null && text.length() < schema.minLength && !disabled.contains(location + "#minLength")) {
      errors.add(FieldError.invalid(path, value, path + " in body should be at least " + schema.minLength
          + " chars long"));
    }
    if (schema.pattern != null && !Pattern.compile(schema.pattern).matcher(text).find()
        && !disabled.contains(location + "#pattern")) {
      errors.add(FieldError.invalid(path, value, path + " in body should match '" + schema.pattern + "'"));
    }
    if ("duration".equals(schema.format) && !DURATION.matcher(text).matches()) {
      errors.add(FieldError.invalid(path, value, path + " in body must be of type duration: "
          + FieldError.quote(text)));
    }
    if ("date-time".equals(schema.format) && !DATE_TIME.matcher(text).matches()) {
      errors.add(FieldError.invalid(path, value, path + " in body must be of type date-time: "
          + FieldError.quote(text)));
    }
  }

  private void validateNumber(Schema schema, JsonNode value, String path, String location) {
    long n = value.asLong();
    if (schema.minimum != null && n < schema.minimum && !disabled.contains(location + "#minimum")) {
      errors.add(FieldError.invalid(path, value, path + " in body should be greater than or equal to "
          + schema.minimum));
    }
    if (schema.maximum != null && n > schema.maximum && !disabled.contains(location + "#maximum")) {
      errors.add(FieldError.invalid(path, value, path + " in body should be less than or equal to "
          + schema.maximum));
    }
  }

  private void validateArray(Schema schema, ArrayNode array, JsonNode old, String path, String location) {
    if (schema.maxItems != null && array.size() > schema.maxItems && !disabled.contains(location + "#maxItems")) {
      errors.add(new FieldError(FieldError.Type.TOO_MANY, path, Integer.toString(array.size()),
          "must have at most " + schema.maxItems + " items"));
    }
    if (schema.minItems != null && array.size() < schema.minItems && !disabled.contains(location + "#minItems")) {
      errors.add(FieldError.invalidRendered(path, Integer.toString(array.size()), path
          + " in body should have at least " + schema.minItems + " items"));
    }
    if ("set".equals(schema.listType)) {
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        if (!seen.add(array.get(i))) {
          errors.add(new FieldError(FieldError.Type.DUPLICATE, path + "[" + i + "]",
              FieldError.render(array.get(i)), ""));
        }
      }
    }
    if ("map".equals(schema.listType)) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String key = keyOf(array.get(i), schema.listMapKeys);
        if (!seen.add(key)) {
          errors.add(new FieldError(FieldError.Type.DUPLICATE, path + "[" + i + "]", key, ""));
        }
      }
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      validate(schema.items, item, correlate(schema, item, old), path + "[" + i + "]", location + "[*]");
    }
  }

  private static JsonNode correlate(Schema schema, JsonNode item, JsonNode old) {
    if (old == null || !old.isArray()) {
      return null;
    }
    if ("set".equals(schema.listType)) {
      for (JsonNode o : old) {
        if (o.equals(item)) {
          return o;
        }
      }
    } else if ("map".equals(schema.listType)) {
      String key = keyOf(item, schema.listMapKeys);
      for (JsonNode o : old) {
        if (keyOf(o, schema.listMapKeys).equals(key)) {
          return o;
        }
      }
    }
    return null;
  }

  private static String keyOf(JsonNode item, List<String> keys) {
    StringBuilder s = new StringBuilder();
    for (String key : keys) {
      s.append(key).append('=').append(item.path(key).asText("")).append(',');
    }
    return s.toString();
  }

  private void validateObject(Schema schema, ObjectNode object, JsonNode old, String path, String location) {
    for (String name : schema.required) {
      if (!object.has(name) || object.get(name).isNull() && !schema.properties.getOrDefault(name, schema).nullable) {
        errors.add(FieldError.required(join(path, name), ""));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Schema child = schema.properties.get(field.getKey());
      if (child == null) {
        child = schema.additionalProperties;
      }
      if (child != null && !child.preserveUnknownFields) {
        JsonNode oldChild = old == null ? null : old.get(field.getKey());
        validate(child, field.getValue(), oldChild, join(path, field.getKey()), join(location, field.getKey()));
      }
    }
  }

  static String typeName(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "array";
    }
    return value.isNull() ? "null" : "object";
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
