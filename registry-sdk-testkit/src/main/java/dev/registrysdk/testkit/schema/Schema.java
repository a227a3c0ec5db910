package dev.registrysdk.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A node of a structural OpenAPI v3 schema as CRDs use it: type, properties, required fields,
 * patterns, enums, ranges, lengths, defaults, list types, and validation rules (the {@code
 * x-kubernetes-validations} of a CRD, written here as Java predicates).
 *
 * <p>Built with a small fluent vocabulary; instances are mutable while a schema is defined and then
 * only read.
 */
final class Schema {

  /** A validation rule: a predicate over the value (and, for transition rules, the old value). */
  record Rule(BiPredicate<JsonNode, JsonNode> check, String message, boolean transition) {
  }

  String type;
  final Map<String, Schema> properties = new LinkedHashMap<>();
  final List<String> required = new ArrayList<>();
  String pattern;
  List<String> enumValues;
  Long minimum;
  Long maximum;
  Integer minLength;
  Integer maxLength;
  Integer minItems;
  Integer maxItems;
  JsonNode defaultValue;
  Schema items;
  Schema additionalProperties;
  String listType;
  List<String> listMapKeys = List.of();
  String format;
  boolean nullable;
  boolean preserveUnknownFields;
  final List<Rule> rules = new ArrayList<>();

  private Schema(String type) {
    this.type = type;
  }

  static Schema object() {
    return new Schema("object");
  }

  /** A schema of the given OpenAPI type; the empty type accepts any value. */
  static Schema ofType(String type) {
    return new Schema(type);
  }

  static Schema string() {
    return new Schema("string");
  }

  static Schema integer() {
    return new Schema("integer");
  }

  static Schema bool() {
    return new Schema("boolean");
  }

  static Schema array(Schema items) {
    Schema s = new Schema("array");
    s.items = items;
    return s;
  }

  /** An object whose fields are kept as they are (no pruning, no validation inside). */
  static Schema opaque() {
    Schema s = new Schema("object");
    s.preserveUnknownFields = true;
    return s;
  }

  /** An array of opaque objects. */
  static Schema opaqueArray() {
    return array(opaque());
  }

  /** A map of strings. */
  static Schema stringMap() {
    Schema s = object();
    s.additionalProperties = string();
    return s;
  }

  Schema prop(String name, Schema schema) {
    properties.put(name, schema);
    return this;
  }

  Schema required(String... names) {
    required.addAll(List.of(names));
    return this;
  }

  Schema pattern(String regex) {
    this.pattern = regex;
    return this;
  }

  Schema enumOf(String... values) {
    this.enumValues = List.of(values);
    return this;
  }

  Schema min(long value) {
    this.minimum = value;
    return this;
  }

  Schema max(long value) {
    this.maximum = value;
    return this;
  }

  Schema length(int min, int max) {
    this.minLength = min;
    this.maxLength = max;
    return this;
  }

  Schema minLength(int min) {
    this.minLength = min;
    return this;
  }

  Schema maxLength(int max) {
    this.maxLength = max;
    return this;
  }

  Schema minItems(int min) {
    this.minItems = min;
    return this;
  }

  Schema maxItems(int max) {
    this.maxItems = max;
    return this;
  }

  Schema defaultValue(JsonNode value) {
    this.defaultValue = value;
    return this;
  }

  Schema atomic() {
    this.listType = "atomic";
    return this;
  }

  Schema set() {
    this.listType = "set";
    return this;
  }

  Schema map(String... keys) {
    this.listType = "map";
    this.listMapKeys = List.of(keys);
    return this;
  }

  Schema format(String name) {
    this.format = name;
    return this;
  }

  Schema nullable() {
    this.nullable = true;
    return this;
  }

  Schema preserveUnknown() {
    this.preserveUnknownFields = true;
    return this;
  }

  /** Adds a rule over the value. */
  Schema rule(Predicate<JsonNode> check, String message) {
    rules.add(new Rule((self, old) -> check.test(self), message, false));
    return this;
  }

  /** Adds a transition rule over the value and its old value, checked only on updates. */
  Schema transitionRule(BiPredicate<JsonNode, JsonNode> check, String message) {
    rules.add(new Rule(check, message, true));
    return this;
  }
}
