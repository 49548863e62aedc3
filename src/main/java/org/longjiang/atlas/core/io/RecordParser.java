package org.longjiang.atlas.core.io;

import java.util.Optional;

/** Turns one JSON record into a model record, or empty (with problems reported) when it is unusable. */
interface RecordParser<T> {
    Optional<T> parse(RecordReader r);
}
