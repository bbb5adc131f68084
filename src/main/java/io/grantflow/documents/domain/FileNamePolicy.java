package io.grantflow.documents.domain;

import io.grantflow.shared.problem.Violations;

/**
 * What a document's file name may be: the name alone (no folder), 1 to {@value #MAX_LENGTH} characters, no
 * control character, no character that a file system or a Content-Disposition header would misread.
 */
public final class FileNamePolicy {

    public static final int MAX_LENGTH = 200;

    private FileNamePolicy() {
    }

    /** Adds every problem of {@code name} (field {@code file}) to {@code v}. */
    public static void check(String name, Violations v) {
        if (name == null || name.isBlank()) {
            v.add("file", "file_name_required", "the file needs a name");
            return;
        }
        if (name.length() > MAX_LENGTH) {
            v.add("file", "file_name_too_long", "a file name has at most " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"')) {
            v.add("file", "invalid_file_name", "a file name has no folder, no quotes and no control characters");
        }
        if (name.equals(".") || name.equals("..") || !name.equals(name.strip())) {
            v.add("file", "invalid_file_name", "a file name is not '.' or '..' and neither starts nor ends with a space");
        }
    }
}
