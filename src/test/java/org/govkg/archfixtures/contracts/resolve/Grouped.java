package org.govkg.archfixtures.contracts.resolve;

import java.util.List;
import java.util.Map;

/** Rejected: the string maps inside a list are untyped all the same. */
public record Grouped(String key, List<Map<String, String>> rows) {}
