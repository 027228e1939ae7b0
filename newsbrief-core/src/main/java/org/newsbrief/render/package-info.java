/**
 * Render: pure functions from a {@link org.newsbrief.model.Briefing} to Markdown, one
 * self-contained HTML page, or JSON. Article text is untrusted and always escaped.
 */
@NullMarked
package org.newsbrief.render;

import org.jspecify.annotations.NullMarked;
