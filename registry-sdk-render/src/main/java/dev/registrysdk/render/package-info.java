/**
 * Renders the registry's desired state as manifests for GitOps, so fleets of clusters take the same
 * configuration from Git that {@code apply()} writes from one machine.
 *
 * <p>{@link dev.registrysdk.render.GitOpsRenderer} is the entry point: it takes what
 * {@code RegistryConfigurer.intents()} evaluated and writes a Kustomize folder, optionally an Argo CD
 * {@code Application} that ignores the fields the operator writes back, and an RHACM {@code Policy}
 * that carries the same objects to every selected cluster. Credentials are never rendered: secrets
 * are either left for the user to provide ({@link dev.registrysdk.render.SecretHandling#reference()})
 * or fetched by the external-secrets operator
 * ({@link dev.registrysdk.render.SecretHandling#externalSecrets(String)}).
 *
 * <p>Every file is generated with Jackson's YAML writer from object trees; nothing is templated.
 */
@NullMarked
package dev.registrysdk.render;

import org.jspecify.annotations.NullMarked;
