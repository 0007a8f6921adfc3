/** Composes the stages: read → extract (parallel, per document) → resolve → map → store (one writer, in batches). */
package org.govkg.pipeline;
