package dev.registrysdk.core.progress;

import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs progress through SLF4J at DEBUG, one line per event, with {@code [key=value]} context.
 * Never logs secret values: changes are named by action and target only.
 */
public final class LoggingProgressListener implements ProgressListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.registrysdk.progress");

  @Override
  public void onEvent(ProgressEvent event) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    if (event instanceof ProgressEvent.StageStarted e) {
      LOG.debug("Stage started [stage={}]", e.stage());
    } else if (event instanceof ProgressEvent.StageFinished e) {
      LOG.debug("Stage finished [stage={}, took={}]", e.stage(), e.took());
    } else if (event instanceof ProgressEvent.ChangeApplied e) {
      LOG.debug("Applied [action={}, target={}]", e.change().action(), e.change().target());
    } else if (event instanceof ProgressEvent.ChangeUndone e) {
      LOG.debug("Undone [action={}, target={}]", e.change().action(), e.change().target());
    } else if (event instanceof ProgressEvent.Retrying e) {
      LOG.debug("Retrying [attempt={}, reason={}]", e.attempt(), e.reason());
    } else if (event instanceof ProgressEvent.Waiting e) {
      LOG.debug("Waiting [state={}, reason={}, message={}]", e.readiness().state(), e.readiness().reason(), e.readiness().message());
    } else if (event instanceof ProgressEvent.Provisioning e) {
      LOG.debug("Provisioning [message={}]", e.message());
    }
  }
}
