package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** What the atlas selects, describes and frames: a place or a link. */
public sealed interface Subject permits Place, Link {
    String id();

    LocalizedText names();

    /** The kind's id, e.g. {@code border_port} or {@code rail}. */
    String kindId();

    Status status();

    Optional<PartialDate> opened();

    LocalizedText description();

    List<Citation> sources();
}
