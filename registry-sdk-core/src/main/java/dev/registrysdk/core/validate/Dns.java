package dev.registrysdk.core.validate;

import java.util.regex.Pattern;

/** DNS-1123 names as Kubernetes checks them. */
final class Dns {

  private static final Pattern SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  private Dns() {}

  /** Whether {@code name} is a DNS-1123 subdomain: lower-case labels joined by dots, at most 253 characters. */
  static boolean isSubdomain(String name) {
    return name.length() <= 253 && SUBDOMAIN.matcher(name).matches();
  }
}
