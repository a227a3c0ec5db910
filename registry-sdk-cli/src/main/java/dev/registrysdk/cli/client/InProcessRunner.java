package dev.registrysdk.cli.client;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** Runs the whole CLI in the client's own process, when no daemon serves. */
@FunctionalInterface
public interface InProcessRunner {

  /** The CLI's entry point. */
  String MAIN_CLASS = "dev.registrysdk.cli.Registryctl";

  /**
   * Runs the request here; returns its exit code. The request is this process's own: its
   * environment, working directory and terminal.
   */
  int run(Request request, OutputStream out, OutputStream err);

  /**
   * {@code Registryctl.main}, which writes to this process's standard streams and exits: from the
   * client's own class path when the CLI is on it, else from {@code jar}, loaded only now so that a
   * run served by the daemon never loads it.
   */
  static InProcessRunner registryctl(Path jar) {
    return (request, out, err) -> {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      try {
        ClassLoader loader = InProcessRunner.class.getClassLoader();
        if (loader.getResource(MAIN_CLASS.replace('.', '/') + ".class") == null) {
          loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }
        thread.setContextClassLoader(loader);
        Method main = Class.forName(MAIN_CLASS, true, loader).getMethod("main", String[].class);
        main.invoke(null, (Object) request.arguments().toArray(String[]::new));
        return 0;
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error failure) {
          throw failure;
        }
        throw new IllegalStateException("registryctl failed", e.getCause());
      } catch (ReflectiveOperationException | MalformedURLException e) {
        throw new IllegalStateException("registryctl cannot be loaded from " + jar, e);
      } finally {
        thread.setContextClassLoader(previous);
      }
    };
  }
}
