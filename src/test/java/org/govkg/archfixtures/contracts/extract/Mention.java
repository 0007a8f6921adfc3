package org.govkg.archfixtures.contracts.extract;

import java.util.Map;

/** Passes: extract.Mention.attrs is a named exemption (the fixture case's own list). */
public record Mention(String name, Map<String, String> attrs) {}
