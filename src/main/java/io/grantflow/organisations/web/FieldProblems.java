package io.grantflow.organisations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Every problem of a form, each next to its field: the problems of reading what was typed (a number that is no
 * number) and the violations of the rules the application service reported, all at once. A field whose text could
 * not be read does not also show the rules' {@code required} (the service saw no value there). In the order of
 * the form, for the summary at its top.
 */
public final class FieldProblems {

    private static final List<String> ORDER = List.of("legalName", "pic", "country", "type", "staffHeadcount",
            "annualTurnover", "balanceSheetTotal", "relatedEnterprises", "sectors", "valueChains");
    private static final List<String> ROW_ORDER = List.of("name", "relation", "ownershipShare", "staffHeadcount",
            "annualTurnover", "balanceSheetTotal");

    private final List<FieldProblem> problems;

    private FieldProblems(List<FieldProblem> problems) {
        this.problems = problems;
    }

    static FieldProblems none() {
        return new FieldProblems(List.of());
    }

    /** The reading problems first; then the rules' problems on fields that were read. */
    static FieldProblems of(List<FieldProblem> reading, List<FieldProblem> rules) {
        List<FieldProblem> all = new ArrayList<>(reading);
        for (FieldProblem p : rules) {
            boolean unreadable = reading.stream().anyMatch(r -> Objects.equals(r.field(), p.field()));
            if (!unreadable) {
                all.add(p);
            }
        }
        all.sort(Comparator.comparingInt(FieldProblems::rank));
        return new FieldProblems(List.copyOf(all));
    }

    private static int rank(FieldProblem p) {
        if (p.field() == null) {
            return -1;
        }
        Matcher row = FieldProblem.ROW.matcher(p.field());
        if (row.matches()) {
            return 1000 * ORDER.indexOf("relatedEnterprises") + 10 * Integer.parseInt(row.group(1))
                    + ROW_ORDER.indexOf(row.group(2));
        }
        int at = ORDER.indexOf(p.field());
        return 1000 * (at < 0 ? ORDER.size() : at);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int count() {
        return problems.size();
    }

    public List<FieldProblem> all() {
        return problems;
    }

    /** The problems of one field. */
    public List<FieldProblem> of(String field) {
        return problems.stream().filter(p -> Objects.equals(p.field(), field)).toList();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> Objects.equals(p.field(), field));
    }

    /** Whether the rules refused a code anywhere (e.g. {@code organisation_pic_taken}). */
    public boolean hasCode(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /** Problems of the whole form, next to no field. */
    public List<FieldProblem> general() {
        return of(null);
    }
}
