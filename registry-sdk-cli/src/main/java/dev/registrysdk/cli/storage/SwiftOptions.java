package dev.registrysdk.cli.storage;

import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.cli.secret.SecretSource;
import dev.registrysdk.storage.swift.Swift;
import dev.registrysdk.storage.swift.SwiftCredentials;
import picocli.CommandLine.Option;

/** Options of {@code --storage swift}; fields left out come from the cluster's clouds.yaml. */
public final class SwiftOptions {

  @Option(names = "--swift-container", paramLabel = "NAME", description = "The container; without it the operator creates one.")
  String container;

  @Option(names = "--swift-auth-url", paramLabel = "URL", description = "Keystone URL, e.g. https://keystone.example.com:5000/v3.")
  String authUrl;

  @Option(names = "--swift-auth-version", paramLabel = "N", description = "Keystone API version, e.g. 3.")
  String authVersion;

  @Option(names = "--swift-domain", paramLabel = "NAME", description = "Keystone domain name.")
  String domain;

  @Option(names = "--swift-domain-id", paramLabel = "ID", description = "Keystone domain ID.")
  String domainId;

  @Option(names = "--swift-tenant", paramLabel = "NAME", description = "Project (tenant) name.")
  String tenant;

  @Option(names = "--swift-tenant-id", paramLabel = "ID", description = "Project (tenant) ID.")
  String tenantId;

  @Option(names = "--swift-region", paramLabel = "NAME", description = "Region name.")
  String region;

  @Option(names = "--swift-username", paramLabel = "NAME", description = "User, with --swift-password.")
  String username;

  @Option(names = "--swift-password", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Password: env:VARIABLE or file:PATH.")
  SecretSource password;

  @Option(names = "--swift-application-credential-id", paramLabel = "ID", description = "Application credential ID.")
  String applicationCredentialId;

  @Option(names = "--swift-application-credential-name", paramLabel = "NAME", description = "Application credential name.")
  String applicationCredentialName;

  @Option(names = "--swift-application-credential-secret", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Application credential secret: env:VARIABLE or file:PATH.")
  SecretSource applicationCredentialSecret;

  @Option(names = "--swift-token", paramLabel = "SOURCE", converter = SecretSource.Converter.class,
      description = "Token: env:VARIABLE or file:PATH.")
  SecretSource token;

  Swift provider(SecretReader secrets) {
    Swift swift = container != null ? Swift.of(container) : Swift.operatorManaged();
    if (authUrl != null) {
      swift = swift.authUrl(authUrl);
    }
    if (authVersion != null) {
      swift = swift.authVersion(authVersion);
    }
    if (domain != null) {
      swift = swift.domain(domain);
    }
    if (domainId != null) {
      swift = swift.domainId(domainId);
    }
    if (tenant != null) {
      swift = swift.tenant(tenant);
    }
    if (tenantId != null) {
      swift = swift.tenantId(tenantId);
    }
    if (region != null) {
      swift = swift.regionName(region);
    }
    boolean byPassword = username != null || password != null;
    boolean byApplication = applicationCredentialId != null || applicationCredentialName != null
        || applicationCredentialSecret != null;
    boolean byToken = token != null;
    if ((byPassword ? 1 : 0) + (byApplication ? 1 : 0) + (byToken ? 1 : 0) > 1) {
      throw new UsageException("Swift credentials are a user and password, an application credential, or a token; give one");
    }
    if (byPassword) {
      if (username == null || password == null) {
        throw new UsageException("give both --swift-username and --swift-password");
      }
      swift = swift.credentials(SwiftCredentials.password(username, secrets.read(password, "--swift-password")));
    } else if (byApplication) {
      if (applicationCredentialId == null || applicationCredentialName == null || applicationCredentialSecret == null) {
        throw new UsageException("an application credential needs --swift-application-credential-id, -name and -secret");
      }
      swift = swift.credentials(SwiftCredentials.applicationCredential(applicationCredentialId, applicationCredentialName,
          secrets.read(applicationCredentialSecret, "--swift-application-credential-secret")));
    } else if (byToken) {
      swift = swift.credentials(SwiftCredentials.token(secrets.read(token, "--swift-token")));
    }
    return swift;
  }
}
