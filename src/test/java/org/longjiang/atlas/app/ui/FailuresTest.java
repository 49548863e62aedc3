package org.longjiang.atlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.i18n.Messages;

class FailuresTest {
    @Test
    void aFileFailureIsSaidInTheWindowsLanguage() {
        AccessDeniedException denied = new AccessDeniedException("/tmp/x.png");
        assertEquals(Messages.of("zh").get("file.denied"), Failures.reason(denied, Messages.of("zh")));
        assertEquals(
                Messages.of("ru").get("file.denied"),
                Failures.reason(new UncheckedIOException(denied), Messages.of("ru")));
    }

    @Test
    void anyOtherFailureIsSaidAsTheSystemSaysIt() {
        assertEquals("disk on fire", Failures.reason(new IllegalStateException("disk on fire"), Messages.english()));
        assertEquals(
                "No space left on device",
                Failures.reason(new IOException("No space left on device"), Messages.of("zh")));
    }
}
