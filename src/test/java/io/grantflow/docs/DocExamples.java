package io.grantflow.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worked examples of a Markdown page: every fenced {@code ```sh} block that calls {@code curl}.
 * Each {@code curl} of a block is announced by a comment that ends with its documented status,
 * e.g. {@code # sme1 applies → 201}, in the order the calls run. A newcomer pastes the blocks in
 * order into one shell, from the repository's root, against the demo on localhost:8080.
 */
record DocExamples(String page, List<Block> blocks) {

    /** One fenced block: its first line in the page, its text, and the statuses its comments announce. */
    record Block(String page, int line, String script, List<Integer> expectedStatuses) {

        String where() {
            return page + ":" + line;
        }
    }

    private static final Pattern FENCE_OPEN = Pattern.compile("^```sh\\s*$");
    private static final Pattern FENCE_CLOSE = Pattern.compile("^```\\s*$");
    private static final Pattern STATUS = Pattern.compile("^\\s*#.*→\\s*(\\d{3})\\b.*$");
    private static final Pattern CURL = Pattern.compile("(^|[\\s($|;&])curl\\s");

    static DocExamples parse(String page, String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!FENCE_OPEN.matcher(lines[i]).matches()) {
                continue;
            }
            int start = i + 1;
            StringBuilder script = new StringBuilder();
            List<Integer> statuses = new ArrayList<>();
            i++;
            while (i < lines.length && !FENCE_CLOSE.matcher(lines[i]).matches()) {
                script.append(lines[i]).append('\n');
                Matcher status = STATUS.matcher(lines[i]);
                if (status.matches()) {
                    statuses.add(Integer.parseInt(status.group(1)));
                }
                i++;
            }
            if (i == lines.length) {
                throw new IllegalArgumentException(page + ":" + start + ": a ```sh block is not closed");
            }
            if (CURL.matcher(script).find()) {
                blocks.add(new Block(page, start, script.toString(), List.copyOf(statuses)));
            }
        }
        return new DocExamples(page, List.copyOf(blocks));
    }
}
