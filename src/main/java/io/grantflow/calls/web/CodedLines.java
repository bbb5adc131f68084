package io.grantflow.calls.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Objectives and required activities in a text area of the call form: one per line, {@code CODE: title}. A line
 * without a colon is a code without a title (the call policy then asks for the title).
 */
final class CodedLines {

    /** Lines read from a text area at most. */
    private static final int MAX_LINES = 50;

    private CodedLines() {
    }

    static String show(List<String[]> items) {
        StringBuilder text = new StringBuilder();
        for (String[] item : items) {
            text.append(item[0]).append(": ").append(item[1] == null ? "" : item[1]).append('\n');
        }
        return text.toString();
    }

    /** Each non-blank line as {code, title}; either is null when blank. */
    static List<String[]> read(String typed) {
        List<String[]> items = new ArrayList<>();
        if (typed == null) {
            return items;
        }
        for (String line : typed.split("\\R")) {
            if (line.isBlank() || items.size() >= MAX_LINES) {
                continue;
            }
            int colon = line.indexOf(':');
            String code = (colon < 0 ? line : line.substring(0, colon)).strip();
            String title = colon < 0 ? "" : line.substring(colon + 1).strip();
            items.add(new String[] {code.isEmpty() ? null : code, title.isEmpty() ? null : title});
        }
        return items;
    }
}
