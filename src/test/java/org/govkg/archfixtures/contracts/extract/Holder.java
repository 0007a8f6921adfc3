package org.govkg.archfixtures.contracts.extract;

import java.util.HashMap;
import java.util.Map;

/** Passes: the rule is about records; a recogniser's own tables are its business. */
public final class Holder {
    final Map<String, String> suffixes = new HashMap<>();
}
