/** Reads input files into {@link org.govkg.ingest.Document}s: ids, bytes, normalised text. Flows out to nlp and extract. */
package org.govkg.ingest;
