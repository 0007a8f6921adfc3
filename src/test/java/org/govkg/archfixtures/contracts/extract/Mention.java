package org.govkg.archfixtures.contracts.extract;

import java.util.Map;

/** Passes: extract.Mention.attrs is a named exemption. */
public record Mention(String name, Map<String, String> attrs) {}
