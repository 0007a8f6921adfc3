package org.govkg.resolve;

import org.govkg.extract.Figure;

/** A figure with its area (and the area it is compared with) resolved to entity keys. */
public record Observation(int index, Figure figure, String areaKey, String comparedKey) {}
