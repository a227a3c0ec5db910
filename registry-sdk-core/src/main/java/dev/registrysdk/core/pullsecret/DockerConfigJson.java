package dev.registrysdk.core.pullsecret;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.pullsecret.RegistryCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The {@code .dockerconfigjson} of a pull secret, as {@code oc create secret docker-registry} writes
 * it: {@code {"auths":{"<server>":{"username":..,"password":..,"auth":"base64(username:password)"}}}}.
 *
 * <pre>{@code
 * String json = DockerConfigJson.of(List.of(RegistryCredential.of("registry.example.com", "user", password)));
 * }</pre>
 *
 * <p>Built with Jackson, never by string concatenation, so every value is escaped. The result holds
 * the credentials: keep it out of logs. Pure and thread-safe.
 */
public final class DockerConfigJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DockerConfigJson() {}

  /** The document for these credentials, as compact JSON. */
  public static String of(List<RegistryCredential> credentials) {
    return write(merge(MAPPER.createObjectNode(), credentials));
  }

  /**
   * {@code existing} with these credentials put in: entries of other servers are kept, a server's
   * entry is replaced. {@code existing} is not changed.
   */
  public static ObjectNode merge(JsonNode existing, List<RegistryCredential> credentials) {
    ObjectNode out = existing.isObject() ? ((ObjectNode) existing).deepCopy() : MAPPER.createObjectNode();
    ObjectNode auths = out.withObject("auths");
    for (RegistryCredential credential : credentials) {
      auths.set(credential.server(), entry(credential));
    }
    return out;
  }

  /** The entry of one server: user name, password, e-mail if any, and {@code auth}. */
  static ObjectNode entry(RegistryCredential credential) {
    ObjectNode entry = MAPPER.createObjectNode();
    entry.put("username", credential.username());
    entry.put("password", credential.password());
    credential.email().ifPresent(email -> entry.put("email", email));
    entry.put("auth", Base64.getEncoder().encodeToString(
        (credential.username() + ":" + credential.password()).getBytes(StandardCharsets.UTF_8)));
    return entry;
  }

  /** A document parsed from a secret's base64 {@code data} value; empty if it is not JSON. */
  static Optional<JsonNode> parseBase64(String data) {
    try {
      return Optional.of(MAPPER.readTree(Base64.getDecoder().decode(data)));
    } catch (IllegalArgumentException | java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** Compact JSON. */
  static String write(JsonNode document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }
}
