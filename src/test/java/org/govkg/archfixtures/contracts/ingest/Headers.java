package org.govkg.archfixtures.contracts.ingest;

import java.util.SortedMap;

/** Rejected: a sorted map from string to string is one too. */
public record Headers(SortedMap<String, String> fields) {}
