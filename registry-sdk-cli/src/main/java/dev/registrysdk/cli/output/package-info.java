/**
 * What commands print: {@link dev.registrysdk.cli.output.OutputFormat} ({@code --output text|json|yaml}),
 * the views that JSON and YAML are made of (records, serialised with Jackson), and the text forms.
 * Secret values never reach a view: change bodies are the SDK's masked ones, and the Config's
 * {@code httpSecret} is left out.
 */
@NullMarked
package dev.registrysdk.cli.output;

import org.jspecify.annotations.NullMarked;
