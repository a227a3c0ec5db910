/**
 * Which cluster a command talks to: the kubeconfig and context as fabric8 (and kubectl) resolve
 * them, or an embedded fake cluster ({@code --fake}). Clients use the JDK's HTTP client, which
 * starts faster than fabric8's default.
 */
@NullMarked
package dev.registrysdk.cli.cluster;

import org.jspecify.annotations.NullMarked;
