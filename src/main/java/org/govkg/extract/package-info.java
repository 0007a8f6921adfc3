/** One recogniser per kind of thing: documents and tokens in, mentions and figures (with offsets) out. */
package org.govkg.extract;
