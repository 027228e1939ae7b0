/**
 * Follow: polls feeds on a schedule into a store. Each poll reads every feed with a conditional GET
 * (an unchanged feed costs a 304), follows entries that carry only a link and a summary to their
 * page (politely, through {@link org.newsbrief.ingest.WebClient}), stores new articles and new
 * versions of changed entries, retries pages that failed on a later poll, backs off from feeds that
 * keep failing, and then has the store regroup its open stories. What was polled lives in the
 * store's folder ({@link org.newsbrief.follow.FollowStateFile}), written after each committed feed,
 * so a restart carries on and a stop leaves nothing half-written. {@link
 * org.newsbrief.follow.Follower} is the front door.
 */
@NullMarked
package org.newsbrief.follow;

import org.jspecify.annotations.NullMarked;
