/**
 * Ingest: turns files, folders, web archives (WARC, ARC) and http(s) URLs into decoded {@link
 * org.newsbrief.model.RawDocument}s behind one front door, {@link org.newsbrief.ingest.Ingester}.
 * Every input that cannot be read, in whole or in part, becomes a {@link
 * org.newsbrief.model.Problem} naming it and a line of the {@link
 * org.newsbrief.ingest.IngestReport}, instead of failing the run; what was read before a failure is
 * kept. Sizes are capped, bodies and archives streamed, and every network exchange bounded in time;
 * URLs are fetched politely (robots.txt, per-host delay, a clear User-Agent).
 */
@NullMarked
package org.newsbrief.ingest;

import org.jspecify.annotations.NullMarked;
