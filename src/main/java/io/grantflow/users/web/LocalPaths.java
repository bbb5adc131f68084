package io.grantflow.users.web;

import java.util.Optional;

/**
 * Where a person may be sent back to after signing in: a path of this service only (an open redirect
 * to another site would let a link that looks like ours lead to a look-alike page).
 */
final class LocalPaths {

    static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    /**
     * The path if it is local: starts with one {@code /}, has no backslash (browsers read {@code /\host} as
     * {@code //host}), no control character and no more than {@link #MAX_LENGTH} characters. Empty otherwise.
     */
    static Optional<String> local(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
                || path.startsWith("//") || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
