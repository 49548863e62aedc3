package org.longjiang.atlas.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.DataFile;

/** Why something the user asked for failed, in the window's language as far as the atlas knows the reason. */
public final class Failures {
    private Failures() {}

    /**
     * A file failure in the atlas's words ("permission denied" / "权限被拒绝" / "доступ запрещён");
     * running out of memory with the heap's size; anything else as the system says it.
     */
    public static String reason(Throwable e, Messages m) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof IOException io) return DataFile.reason(io).in(m);
        if (t instanceof OutOfMemoryError)
            return m.get("cli.outOfMemory", Runtime.getRuntime().maxMemory() >> 20);
        return String.valueOf(t.getMessage());
    }
}
