/** Reads inputs (text in UTF-8/16, GB18030, Big5; HTML, JSON Lines, PDF, .docx; stdin) into {@link org.govkg.ingest.Document}s: ids, decoded and normalised text, offset maps. Flows out to nlp and extract. */
package org.govkg.ingest;
