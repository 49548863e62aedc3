package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** A paper (or general knowledge) that the atlas cites. */
public record Source(String id, List<String> authors, Optional<Integer> year, String title,
                     Optional<String> container, Optional<String> volume, Optional<String> issue,
                     Optional<String> pages, Optional<String> publisher, Optional<String> doi,
                     Optional<String> url, Optional<String> seed) {

    public Source {
        authors = List.copyOf(authors);
    }
}
