package org.govkg.archfixtures.stages.resolve;

import org.govkg.archfixtures.stages.pipeline.Composes;

/** Rejected: resolve holds a pipeline object; a field's type is a use as much as a call is. */
public final class ReachesIntoTheStore {
    Composes pipeline;
}
