package dev.registrysdk.cli.progress;

import dev.registrysdk.api.progress.ProgressEvent;

/** Shows nothing ({@code --progress none}). */
final class SilentProgress implements ProgressDisplay {

  @Override
  public void onEvent(ProgressEvent event) {}

  @Override
  public void status(String text) {}

  @Override
  public void clear() {}

  @Override
  public void close() {}
}
