/** Immutable records passed between pipeline stages. No behaviour beyond validation. */
@NullMarked
package org.newsbrief.model;

import org.jspecify.annotations.NullMarked;
