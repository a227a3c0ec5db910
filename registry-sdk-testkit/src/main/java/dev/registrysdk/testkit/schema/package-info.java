/**
 * Schema validation of the registry-related kinds, as the API server applies a CRD's schema: pruning
 * of unknown fields, defaults, required fields, types, patterns, enums, ranges, lengths, list types,
 * validation rules, and ratcheting of unchanged values, with the API server's error wording.
 * The public entry is {@link dev.registrysdk.testkit.schema.SchemaRelaxations}.
 */
package dev.registrysdk.testkit.schema;
