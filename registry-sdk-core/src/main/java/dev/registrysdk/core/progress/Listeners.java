package dev.registrysdk.core.progress;

import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers progress events so that a failing listener never disturbs the engine. */
public final class Listeners {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private Listeners() {}

  /** Sends {@code event}; a listener's exception is logged and swallowed. */
  public static void notify(ProgressListener listener, ProgressEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("A progress listener failed on {} and was ignored", event.getClass().getSimpleName(), e);
    }
  }
}
