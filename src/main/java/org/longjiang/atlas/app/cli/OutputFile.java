package org.longjiang.atlas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.longjiang.atlas.core.i18n.Messages;
import org.longjiang.atlas.core.io.AtomicFile;

/** The file a command writes: checked before any work is spent on it. */
final class OutputFile {
    private OutputFile() {}

    /** A folder that cannot take the file, or an existing file without {@code --overwrite}, is a usage error. */
    static void checkWritable(Path out, boolean overwrite) {
        AtomicFile.whyNotWritable(out).ifPresent(reason -> {
            throw new UsageException("--out: " + reason.in(Messages.english()));
        });
        if (Files.exists(out) && !overwrite)
            throw new UsageException(Messages.english().get("export.exists", out.toAbsolutePath()));
    }
}
