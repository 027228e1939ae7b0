/**
 * The command line: a thin shell over {@link org.newsbrief.NewsBriefings}. Exit codes: 0 success, 1
 * error, 2 usage error, 3 some inputs failed.
 */
@NullMarked
package org.newsbrief.cli;

import org.jspecify.annotations.NullMarked;
