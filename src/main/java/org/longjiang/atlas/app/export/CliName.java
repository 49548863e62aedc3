package org.longjiang.atlas.app.export;

import java.util.Arrays;
import java.util.Optional;

/** An export setting known by the name used on the command line and in saved settings. */
interface CliName {
    String id();

    /** The constant of {@code type} with that name, if any. */
    static <E extends Enum<E> & CliName> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.id().equals(id))
                .findFirst();
    }
}
