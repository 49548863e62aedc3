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

    /** The first opening in its lifecycle, if any. */
    Optional<PartialDate> opened();

    Lifecycle lifecycle();

    /** Records besides the places on its course that must be operating for it to operate. */
    List<String> dependsOn();

    LocalizedText description();

    List<Citation> sources();
}
