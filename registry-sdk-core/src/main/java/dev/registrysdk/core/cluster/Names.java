package dev.registrysdk.core.cluster;

import java.util.regex.Pattern;

/** Name checks of Kubernetes and of registry host names. */
public final class Names {

  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[-a-z0-9]*[a-z0-9])?");
  private static final Pattern HOST_PORT = Pattern.compile(
      "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?");

  private Names() {}

  /** A DNS-1123 subdomain: lower-case labels joined by dots, at most 253 characters; most object names. */
  public static boolean isSubdomain(String name) {
    return name.length() <= 253 && SUBDOMAIN.matcher(name).matches();
  }

  /** A DNS-1123 label: at most 63 characters, no dots; namespace names. */
  public static boolean isLabel(String name) {
    return name.length() <= 63 && LABEL.matcher(name).matches();
  }

  /** A registry host, {@code host} or {@code host:port}, without scheme or path. */
  public static boolean isHostPort(String host) {
    if (host.length() > 253 || !HOST_PORT.matcher(host).matches()) {
      return false;
    }
    int colon = host.indexOf(':');
    if (colon < 0) {
      return true;
    }
    int port = Integer.parseInt(host.substring(colon + 1));
    return port >= 1 && port <= 65535;
  }
}
