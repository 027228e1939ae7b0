package org.newsbrief.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** The Lucene index folder behind a store: created for writing, or found for reading. */
final class IndexFolders {
  private IndexFolders() {}

  /**
   * The writer of the index in {@code folder}, creating folder and index if needed; an index Lucene
   * cannot read is reported as a damaged store, with the directory closed.
   */
  static IndexWriter writer(Path folder) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer;
    try {
      writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(Schema.ANALYZER)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      directory.close();
      throw new DamagedStoreException(folder, e);
    }
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
    return writer;
  }

  /** The directory of the index that already exists in {@code folder}. */
  static Directory existing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new FileNotFoundException("no store at " + folder);
    }
    Directory directory = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new FileNotFoundException("no store at " + folder);
    }
    return directory;
  }
}
