package org.govkg.archfixtures.contracts.rdf;

import java.util.Map;

/** Passes: rdf is past the stages whose records the rule reads. */
public record Row(Map<String, String> cells) {}
