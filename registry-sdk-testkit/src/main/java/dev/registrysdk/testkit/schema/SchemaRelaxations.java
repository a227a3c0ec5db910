package dev.registrysdk.testkit.schema;

/**
 * Simulates objects that were stored under a laxer, older CRD: removes one validation of a kind's
 * schema until the returned handle is closed. Used to build ratcheting scenarios, where an update must
 * not fail on a persisted value it leaves unchanged.
 *
 * <pre>{@code
 * try (AutoCloseable lax = cluster.schemas().relax("images.config.openshift.io",
 *     "/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/registrySources/x-kubernetes-validations")) {
 *   // create an Image whose registrySources sets both lists
 * }
 * // updates that leave registrySources unchanged still succeed (ratcheting)
 * }</pre>
 */
public interface SchemaRelaxations {

  /**
   * Removes the validation at a JSON pointer into the CRD, as an {@code initialCRDPatches} {@code remove}
   * operation of openshift/api's test suites writes it: {@code
   * /spec/versions/0/schema/openAPIV3Schema/properties/<field>/.../<keyword>}, where the keyword is
   * {@code x-kubernetes-validations}, {@code pattern}, {@code minLength}, {@code maxLength}, {@code
   * minimum}, {@code maximum}, {@code enum}, {@code minItems} or {@code maxItems}.
   *
   * @param crdName the CRD, e.g. {@code images.config.openshift.io}
   * @param jsonPointer the path of the removed node
   * @return a handle that restores the validation
   */
  AutoCloseable relax(String crdName, String jsonPointer);
}
