package org.govkg.archfixtures.contracts.extract;

import java.util.Map;

/** Passes: a package-private record is a stage's own working state, not a contract between stages. */
record Scratch(Map<String, String> notes) {}
