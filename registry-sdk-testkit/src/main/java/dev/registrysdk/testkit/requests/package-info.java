/**
 * The request log of a fake cluster: every HTTP request a client sent, with method, Kubernetes verb,
 * resource, query parameters (such as {@code dryRun} and {@code fieldManager}), content type, body and
 * answer code. Start at {@link dev.registrysdk.testkit.requests.RequestLog}.
 */
package dev.registrysdk.testkit.requests;
