package org.longjiang.atlas.core.io;

/** One thing wrong in the data: which file, which record, which field, and what. */
public record Problem(String file, String recordId, String field, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (recordId != null && !recordId.isEmpty()) sb.append(" › ").append(recordId);
        if (field != null && !field.isEmpty()) sb.append(" › ").append(field);
        return sb.append(": ").append(message).toString();
    }
}
