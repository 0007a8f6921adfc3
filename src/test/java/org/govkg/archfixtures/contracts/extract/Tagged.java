package org.govkg.archfixtures.contracts.extract;

import java.util.Map;

/** Rejected: a new record between stages with a bag of strings. */
public record Tagged(String text, Map<String, String> tags) {}
