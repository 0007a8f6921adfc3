package org.govkg.archfixtures.contracts.nlp;

import java.util.Map;

/** Passes: a map whose values are typed. */
public record Counts(Map<String, Integer> byWord) {}
