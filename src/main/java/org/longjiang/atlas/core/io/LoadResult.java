package org.longjiang.atlas.core.io;

import java.util.List;
import org.longjiang.atlas.core.model.Atlas;

/** The atlas built from the valid records, and every problem found on the way. */
public record LoadResult(Atlas atlas, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
