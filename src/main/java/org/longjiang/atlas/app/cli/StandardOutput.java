package org.longjiang.atlas.app.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} swallows the
 * {@link IOException} and only sets a flag, so {@code list places > file} on a full disk used to
 * exit 0 with a third of the table; the command line checks this stream after each command.
 */
public final class StandardOutput extends PrintStream {
    private final Recorder recorder;

    private StandardOutput(Recorder recorder, Charset charset) {
        super(recorder, true, charset);
        this.recorder = recorder;
    }

    /** The process's standard output, in the charset {@code System.out} uses on this JDK. */
    public static StandardOutput system() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding)
                ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return of(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), charset);
    }

    public static StandardOutput of(OutputStream out, Charset charset) {
        return new StandardOutput(new Recorder(out), charset);
    }

    /** Flushes, then the reason the output is incomplete ("No space left on device"), if it is. */
    public Optional<String> failure() {
        flush();
        if (!checkError()) return Optional.empty();
        return Optional.of(recorder.first == null ? "?" : String.valueOf(recorder.first.getMessage()));
    }

    /** Passes bytes on and keeps the first failure. */
    private static final class Recorder extends FilterOutputStream {
        IOException first;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (first == null) first = e;
            return e;
        }
    }
}
