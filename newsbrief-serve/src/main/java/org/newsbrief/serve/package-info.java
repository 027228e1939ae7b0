/**
 * The local web UI and JSON API over an {@link org.newsbrief.store.ArticleStore}: a thin shell over
 * the store and the {@link org.newsbrief.NewsBriefings} facade. {@link
 * org.newsbrief.serve.NewsServer} is the front door. Loopback by default; any other address needs
 * an access token. Every response carries a strict Content-Security-Policy, clients are
 * rate-limited, and article text only ever reaches the page as text.
 */
@NullMarked
package org.newsbrief.serve;

import org.jspecify.annotations.NullMarked;
