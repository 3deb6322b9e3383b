/**
 * What a check knows about data before loading it: shapes read cheaply from file headers (and
 * small CSV files), the well-known data sets' files, and where paths lead.
 */
@NullMarked
package dev.neurona.lang.check.facts;

import org.jspecify.annotations.NullMarked;
