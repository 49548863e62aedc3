package org.longjiang.atlas.core.io;

/**
 * One thing wrong in the data: which file, which record, which field, and what. Every part is
 * made safe to show on one line (see {@link SafeText}): a 1 MB value or a U+202E in a file never
 * reaches the terminal or the problems list as such.
 */
public record Problem(String file, String recordId, String field, String message) {
    private static final int NAME = 120;
    private static final int MESSAGE = 400;

    public Problem {
        file = SafeText.shown(file, NAME);
        recordId = SafeText.shown(recordId, NAME);
        field = SafeText.shown(field, NAME);
        message = SafeText.shown(message, MESSAGE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (recordId != null && !recordId.isEmpty()) sb.append(" › ").append(recordId);
        if (field != null && !field.isEmpty()) sb.append(" › ").append(field);
        return sb.append(": ").append(message).toString();
    }
}
