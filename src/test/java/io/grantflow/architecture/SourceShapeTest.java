package io.grantflow.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules about the shape of the sources that ArchUnit cannot see in bytecode: how long an
 * application service is, and which feature's SQL writes which table (docs/decisions/0008).
 */
class SourceShapeTest {

    static final Path MAIN = Path.of("src/main/java/io/grantflow");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final int MAX_APPLICATION_CLASS_LINES = 300;

    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_]+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:grantflow\\.)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_WRITE = Pattern.compile(
            "\\b(insert\\s+into|update|delete\\s+from)\\s+(?:grantflow\\.)?([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noApplicationServiceIsLongerThanOneScreenAndAHalf() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.getParent().getFileName().toString().equals("application")) {
                continue;
            }
            int lines = read(file).split("\n", -1).length;
            if (lines > MAX_APPLICATION_CLASS_LINES) {
                tooLong.add(MAIN.relativize(file) + " has " + lines + " lines");
            }
        }
        assertThat(tooLong)
                .as("application services split by business act, none above %d lines", MAX_APPLICATION_CLASS_LINES)
                .isEmpty();
    }

    @Test
    void sqlWritesOnlyTheTablesOfItsOwnFeature() {
        Map<String, String> owners = entityTableOwners();
        Set<String> tables = new TreeSet<>(owners.keySet());
        tables.addAll(migrationTables());
        assertThat(tables).as("tables found in entities and migrations").contains("proposal", "application", "payment_order");

        Map<String, Set<String>> writersOfUnownedTables = new TreeMap<>();
        List<String> foreignWrites = new ArrayList<>();
        for (Path file : javaFiles()) {
            String feature = featureOf(file);
            Matcher write = SQL_WRITE.matcher(withoutComments(read(file)));
            while (write.find()) {
                String table = write.group(2).toLowerCase();
                if (!tables.contains(table)) {
                    continue; // prose such as "update the budget", not SQL
                }
                String owner = owners.get(table);
                if (owner == null) {
                    writersOfUnownedTables.computeIfAbsent(table, t -> new TreeSet<>()).add(feature);
                } else if (!owner.equals(feature)) {
                    foreignWrites.add(MAIN.relativize(file) + ": " + write.group(1) + " " + table
                            + " (owned by " + owner + ")");
                }
            }
        }
        writersOfUnownedTables.forEach((table, writers) -> {
            if (writers.size() > 1) {
                foreignWrites.add("table " + table + " (no entity) is written by several features: " + writers);
            }
        });
        assertThat(foreignWrites)
                .as("a feature changes another feature's state only through that feature's service")
                .isEmpty();
    }

    @Test
    void theScanSeesAForeignWrite() {
        // the rule above must be able to fail: a ranking-like statement on the proposal table is seen
        Matcher write = SQL_WRITE.matcher("\"\"\"\n    UPDATE grantflow.proposal p SET status = 'RANKED'\n\"\"\"");
        assertThat(write.find()).isTrue();
        assertThat(write.group(2)).isEqualTo("proposal");
        assertThat(entityTableOwners()).containsEntry("proposal", "proposals");
    }

    static Map<String, String> entityTableOwners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : javaFiles()) {
            Matcher table = TABLE_ANNOTATION.matcher(read(file));
            while (table.find()) {
                owners.put(table.group(1), featureOf(file));
            }
        }
        return owners;
    }

    static Set<String> migrationTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher create = CREATE_TABLE.matcher(read(f));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static String featureOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
