package org.newsbrief.eval.extract;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.Cleaner;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * The cleaner of another build of newsbrief-core (its {@code target/classes} folder or its jar),
 * loaded beside this one in the same JVM, so that {@code bench extract --set base=PATH} times the
 * old and the new code page by page in one run (a before/after that the machine's load falls on
 * alike). The other build's own classes and resources (its shipped models) come first; the article
 * records and the {@link Cleaner} interface are this build's, so the two must agree on them.
 */
final class OtherBuild {
  private OtherBuild() {}

  /** A function from HTML to the main text, as {@link ExtractTask#newsbrief} gives it. */
  static Function<String, String> cleaner(Path build) throws IOException {
    if (!Files.exists(build)) {
      throw new java.nio.file.NoSuchFileException(build + " (base: a classes folder or jar)");
    }
    ClassLoader loader =
        new ChildFirst(new URL[] {build.toUri().toURL()}, OtherBuild.class.getClassLoader());
    Cleaner cleaner;
    try {
      cleaner =
          (Cleaner)
              loader.loadClass("org.newsbrief.clean.NewsCleaner").getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IOException(build + ": no NewsCleaner to load: " + e, e);
    }
    if (cleaner.getClass().getClassLoader() != loader) {
      throw new IOException(build + ": NewsCleaner came from this build, not " + build);
    }
    return html -> {
      try {
        return String.join(
            "\n", cleaner.clean(RawDocument.of("page", SourceFormat.HTML, html)).paragraphs());
      } catch (IllegalArgumentException e) {
        return "";
      }
    };
  }

  /** Whether the other build gives its own version of class {@code name}. */
  static boolean ownClass(String name) {
    return name.startsWith("org.newsbrief.")
        && !name.startsWith("org.newsbrief.model.")
        && !name.equals(Cleaner.class.getName());
  }

  /** Loads the other build's classes and resources before the parent's. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, @Nullable ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!ownClass(name)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            return super.loadClass(name, resolve);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public @Nullable URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }
  }
}
