package dev.registrysdk.testkit.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads the Kubernetes Protobuf encoding of the kinds that {@code kubectl} sends that way, so the fake
 * server can take them as the real one does.
 *
 * <p>{@code kubectl create rolebinding} and {@code kubectl create clusterrolebinding} post their object
 * as {@code application/vnd.kubernetes.protobuf}; the real API server decodes it, and a server that
 * answers 415 instead makes those commands fail (kubectl does not fall back to JSON). The encoding is
 * the four bytes {@code k8s\0} and a {@code runtime.Unknown} message whose {@code typeMeta} names the
 * kind and whose {@code raw} bytes hold the object's own message. This class reads that envelope and
 * the messages of the RBAC kinds (field numbers of {@code k8s.io/api/rbac/v1} and
 * {@code k8s.io/apimachinery/pkg/apis/meta/v1}), leaving out empty and zero values as JSON does.
 * Other kinds are not decoded; the caller answers 415 for them.
 */
final class ProtobufBody {

  /** The content type kubectl sends. */
  static final String CONTENT_TYPE = "application/vnd.kubernetes.protobuf";

  private static final byte[] MAGIC = {'k', '8', 's', 0};
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private enum Type { STRING, INT, BOOL, STRINGS, STRING_MAP, MESSAGE, MESSAGES }

  /** One field of a message: its number, its JSON name and type, and the message it holds if any. */
  private record Field(int number, String name, Type type, Schema message) {
    static Field of(int number, String name, Type type) {
      return new Field(number, name, type, null);
    }

    static Field message(int number, String name, Schema message) {
      return new Field(number, name, Type.MESSAGE, message);
    }

    static Field messages(int number, String name, Schema message) {
      return new Field(number, name, Type.MESSAGES, message);
    }
  }

  /** The fields of a message, by number; unknown fields are skipped. */
  private record Schema(Field... fields) {
    Field field(int number) {
      return Arrays.stream(fields).filter(f -> f.number() == number).findFirst().orElse(null);
    }
  }

  /** An entry of a {@code map<string, string>}, which the wire format writes as a message. */
  private static final Schema MAP_ENTRY = new Schema(Field.of(1, "key", Type.STRING), Field.of(2, "value", Type.STRING));
  private static final Schema OWNER_REFERENCE = new Schema(
      Field.of(1, "kind", Type.STRING), Field.of(3, "name", Type.STRING), Field.of(4, "uid", Type.STRING),
      Field.of(5, "apiVersion", Type.STRING), Field.of(6, "controller", Type.BOOL),
      Field.of(7, "blockOwnerDeletion", Type.BOOL));
  private static final Schema OBJECT_META = new Schema(
      Field.of(1, "name", Type.STRING), Field.of(2, "generateName", Type.STRING),
      Field.of(3, "namespace", Type.STRING), Field.of(5, "uid", Type.STRING),
      Field.of(6, "resourceVersion", Type.STRING), Field.of(7, "generation", Type.INT),
      Field.of(11, "labels", Type.STRING_MAP), Field.of(12, "annotations", Type.STRING_MAP),
      Field.messages(13, "ownerReferences", OWNER_REFERENCE), Field.of(14, "finalizers", Type.STRINGS));
  private static final Schema SUBJECT = new Schema(
      Field.of(1, "kind", Type.STRING), Field.of(2, "apiGroup", Type.STRING), Field.of(3, "name", Type.STRING),
      Field.of(4, "namespace", Type.STRING));
  private static final Schema ROLE_REF = new Schema(
      Field.of(1, "apiGroup", Type.STRING), Field.of(2, "kind", Type.STRING), Field.of(3, "name", Type.STRING));
  private static final Schema POLICY_RULE = new Schema(
      Field.of(1, "verbs", Type.STRINGS), Field.of(2, "apiGroups", Type.STRINGS),
      Field.of(3, "resources", Type.STRINGS), Field.of(4, "resourceNames", Type.STRINGS),
      Field.of(5, "nonResourceURLs", Type.STRINGS));
  private static final Schema REQUIREMENT = new Schema(
      Field.of(1, "key", Type.STRING), Field.of(2, "operator", Type.STRING), Field.of(3, "values", Type.STRINGS));
  private static final Schema LABEL_SELECTOR = new Schema(
      Field.of(1, "matchLabels", Type.STRING_MAP), Field.messages(2, "matchExpressions", REQUIREMENT));
  private static final Schema AGGREGATION_RULE = new Schema(
      Field.messages(1, "clusterRoleSelectors", LABEL_SELECTOR));
  private static final Schema BINDING = new Schema(
      Field.message(1, "metadata", OBJECT_META), Field.messages(2, "subjects", SUBJECT),
      Field.message(3, "roleRef", ROLE_REF));
  private static final Schema ROLE = new Schema(
      Field.message(1, "metadata", OBJECT_META), Field.messages(2, "rules", POLICY_RULE),
      Field.message(3, "aggregationRule", AGGREGATION_RULE));

  private static final String RBAC = "rbac.authorization.k8s.io/v1";
  private static final Map<String, Schema> KINDS = Map.of(
      RBAC + "/RoleBinding", BINDING, RBAC + "/ClusterRoleBinding", BINDING,
      RBAC + "/Role", ROLE, RBAC + "/ClusterRole", ROLE);

  private static final Schema TYPE_META = new Schema(
      Field.of(1, "apiVersion", Type.STRING), Field.of(2, "kind", Type.STRING));

  private ProtobufBody() {}

  /** Whether a request's content type is the Kubernetes Protobuf encoding. */
  static boolean isProtobuf(String contentType) {
    return contentType != null && contentType.split(";")[0].trim().equals(CONTENT_TYPE);
  }

  /**
   * Decodes an object sent as Protobuf into its JSON form.
   *
   * @throws ApiException 415 for a kind this server does not decode, 400 for bytes that are not the encoding
   */
  static ObjectNode decode(byte[] body) {
    if (body.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(body, MAGIC.length), MAGIC)) {
      throw Statuses.badRequest("the request body could not be decoded: the Protobuf body does not start with"
          + " the k8s envelope");
    }
    try {
      Reader envelope = new Reader(body, MAGIC.length, body.length);
      ObjectNode typeMeta = NODES.objectNode();
      byte[] raw = new byte[0];
      while (envelope.more()) {
        int tag = envelope.varint32();
        switch (tag >>> 3) {
          case 1 -> typeMeta = read(envelope.bytes(), TYPE_META);
          case 2 -> raw = envelope.bytes();
          default -> envelope.skip(tag & 7);
        }
      }
      String apiVersion = typeMeta.path("apiVersion").asText();
      String kind = typeMeta.path("kind").asText();
      Schema schema = KINDS.get(apiVersion + "/" + kind);
      if (schema == null) {
        throw Statuses.unsupportedBodyMediaType();
      }
      ObjectNode object = NODES.objectNode().put("apiVersion", apiVersion).put("kind", kind);
      object.setAll(read(raw, schema));
      return object;
    } catch (IndexOutOfBoundsException e) {
      throw Statuses.badRequest("the request body could not be decoded: truncated Protobuf message");
    }
  }

  private static ObjectNode read(byte[] message, Schema schema) {
    Reader reader = new Reader(message, 0, message.length);
    ObjectNode node = NODES.objectNode();
    while (reader.more()) {
      int tag = reader.varint32();
      Field field = schema.field(tag >>> 3);
      if (field == null) {
        reader.skip(tag & 7);
        continue;
      }
      switch (field.type()) {
        case STRING -> putIfNotEmpty(node, field.name(), reader.string());
        case INT -> {
          long value = reader.varint();
          if (value != 0) {
            node.put(field.name(), value);
          }
        }
        case BOOL -> node.put(field.name(), reader.varint() != 0);
        case STRINGS -> array(node, field.name()).add(reader.string());
        case STRING_MAP -> {
          ObjectNode entry = read(reader.bytes(), MAP_ENTRY);
          map(node, field.name()).put(entry.path("key").asText(), entry.path("value").asText());
        }
        case MESSAGE -> {
          ObjectNode value = read(reader.bytes(), field.message());
          if (!value.isEmpty()) {
            node.set(field.name(), value);
          }
        }
        case MESSAGES -> array(node, field.name()).add(read(reader.bytes(), field.message()));
        default -> throw new IllegalStateException("unhandled field type " + field.type());
      }
    }
    return node;
  }

  private static void putIfNotEmpty(ObjectNode node, String name, String value) {
    if (!value.isEmpty()) {
      node.put(name, value);
    }
  }

  private static ArrayNode array(ObjectNode node, String name) {
    return node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
  }

  private static ObjectNode map(ObjectNode node, String name) {
    return node.has(name) ? (ObjectNode) node.get(name) : node.putObject(name);
  }

  /** Reads the Protobuf wire format: varints and length-delimited fields. */
  private static final class Reader {
    private final byte[] bytes;
    private int position;
    private final int end;

    Reader(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.position = start;
      this.end = end;
    }

    boolean more() {
      return position < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (position >= end) {
          throw new IndexOutOfBoundsException("varint past the end");
        }
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new IndexOutOfBoundsException("varint longer than 64 bits");
    }

    int varint32() {
      return (int) varint();
    }

    byte[] bytes() {
      int length = varint32();
      if (length < 0 || position + length > end) {
        throw new IndexOutOfBoundsException("length-delimited field past the end");
      }
      byte[] value = Arrays.copyOfRange(bytes, position, position + length);
      position += length;
      return value;
    }

    String string() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    void skip(int wireType) {
      switch (wireType) {
        case 0 -> varint();
        case 1 -> position += 8;
        case 2 -> bytes();
        case 5 -> position += 4;
        default -> throw new IndexOutOfBoundsException("unknown wire type " + wireType);
      }
      if (position > end) {
        throw new IndexOutOfBoundsException("field past the end");
      }
    }
  }
}
