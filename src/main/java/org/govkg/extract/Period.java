package org.govkg.extract;

import java.time.LocalDate;

/** A reference period as written ({@code label}) and, when resolvable, its dates; a point in time has only an end. */
public record Period(String label, LocalDate start, LocalDate end) {
    public static Period unresolved(String label) {
        return new Period(label, null, null);
    }
}
