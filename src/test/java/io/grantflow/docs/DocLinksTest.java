package io.grantflow.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of README.md, docker/README.md and docs/**.md leads to a file of the
 * repository (and, with a {@code #fragment} into a Markdown file, to one of its headings); no page
 * points outside the repository, in a link or in a code span ({@code ../shared/…}, {@code /work/…}).
 * External https links are left alone.
 */
class DocLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```\\s*$");
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("docker/README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(Path page) throws IOException {
        String text = FENCE.matcher(Files.readString(page)).replaceAll("");
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            String title = h.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").trim().replaceAll("\\s", "-");
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            String text = FENCE.matcher(Files.readString(page)).replaceAll("");
            List<String> targets = new ArrayList<>();
            for (Pattern p : List.of(INLINE, REFERENCE)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    targets.add(m.group(1));
                }
            }
            for (String target : targets) {
                if (target.startsWith("https://") || target.startsWith("http://") || target.startsWith("mailto:")) {
                    continue;
                }
                checked++;
                String where = ROOT.relativize(page) + ": " + target;
                if (SCHEME.matcher(target).find() || target.startsWith("/")) {
                    broken.add(where + " (not a relative link into the repository)");
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String fragment = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (!resolved.startsWith(ROOT)) {
                    broken.add(where + " (outside the repository)");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (fragment != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(fragment)) {
                    broken.add(where + " (no heading #" + fragment + " in " + ROOT.relativize(resolved) + ")");
                }
            }
        }
        assertThat(broken).as("broken links (%d relative links checked)", checked).isEmpty();
        assertThat(checked).as("relative links found").isPositive();
    }

    @Test
    void noPageNamesAPathOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            if (text.contains("/work/")) {
                outside.add(ROOT.relativize(page) + ": names /work/");
            }
            Matcher span = CODE_SPAN.matcher(text);
            while (span.find()) {
                String s = span.group(1).trim();
                if (s.startsWith("../") && !page.getParent().resolve(s.split("[\\s#]")[0]).normalize().startsWith(ROOT)) {
                    outside.add(ROOT.relativize(page) + ": `" + s + "`");
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}
