/**
 * Cluster: groups articles into stories as they arrive. Each article joins the most similar open
 * story (cosine of log-tf-idf vectors against the story's centroid) when the similarity passes a
 * threshold, or starts a story. Candidate stories come from an inverted index over each story's
 * strongest terms, so the cost per article does not grow with the number of stories. When the
 * stream finishes, the open stories are refined ({@code Finisher}): merged, their members moved,
 * split, and regrouped (coarse groups re-clustered with weights local to each, {@code
 * LocalRegrouper}).
 */
@NullMarked
package org.newsbrief.cluster;

import org.jspecify.annotations.NullMarked;
