package org.longjiang.atlas.app.cli;

/** A bad command-line argument; its message names the argument and what was wrong with it. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
