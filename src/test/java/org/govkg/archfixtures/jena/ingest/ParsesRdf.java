package org.govkg.archfixtures.jena.ingest;

import org.apache.jena.rdf.model.Model;

/** Rejected: a Jena type in a signature of ingest, with no call at all. */
public final class ParsesRdf {
    public static boolean empty(Model model) {
        return model == null;
    }
}
