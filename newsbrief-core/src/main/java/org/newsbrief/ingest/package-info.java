/**
 * Ingest: turns files and folders into decoded {@link org.newsbrief.model.RawDocument}s, reporting
 * every input that cannot be read as a {@link org.newsbrief.model.Problem} instead of failing.
 */
@NullMarked
package org.newsbrief.ingest;

import org.jspecify.annotations.NullMarked;
