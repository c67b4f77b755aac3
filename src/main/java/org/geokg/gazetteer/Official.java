package org.geokg.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A person whose statements speak for a state while in office, so that "Lavrov said" can be read as
 * Russia speaking. The years let the extractor check that the person held the role when the article
 * was written.
 *
 * @param name    the name as news usually writes it
 * @param state   the key of the state the person speaks for
 * @param role    the office, such as {@code foreign minister}
 * @param from    the first year in office, if known
 * @param to      the last year in office; empty when still in office (as far as the data knows)
 * @param aliases other spellings, and the surname alone where it is distinctive
 */
public record Official(String name, String state, String role, OptionalInt from, OptionalInt to,
                       List<String> aliases) {

    public Official {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
        from = from == null ? OptionalInt.empty() : from;
        to = to == null ? OptionalInt.empty() : to;
        aliases = List.copyOf(aliases);
    }

    /** True when the person held the role at some time in the given year (open-ended terms included). */
    public boolean inOffice(int year) {
        return (from.isEmpty() || from.getAsInt() <= year) && (to.isEmpty() || year <= to.getAsInt());
    }
}
