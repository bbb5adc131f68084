package io.grantflow.organisations.web;

import io.grantflow.organisations.domain.OrganisationDefinition;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.organisations.domain.RelatedEnterprise;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration form exactly as the person typed it (so that nothing is lost when the page comes back with
 * problems), and its reading into the {@link OrganisationDefinition} that {@code POST /api/organisations} takes.
 * The fields carry the names of the definition ({@code legalName}, {@code relatedEnterprises[1].ownershipShare},
 * {@code sectors}), so that a violation of the registration rules lands next to its field. Rows of partner and
 * linked enterprises that are left empty are not part of the definition; the indexes of the rules' violations are
 * turned back into the rows of the form.
 */
public record OrganisationForm(String legalName, String pic, String country, String type, String staffHeadcount,
                               String annualTurnover, String balanceSheetTotal, List<Row> rows, List<String> sectors,
                               String valueChains) {

    /** Rows of partner and linked enterprises shown at first. */
    static final int MIN_ROWS = 3;
    /** The most rows the form has (more related enterprises: the API). */
    static final int MAX_ROWS = 8;

    private static final Pattern ROW_FIELD = Pattern.compile("relatedEnterprises\\[(\\d+)](.*)");
    private static final Pattern INDEXED = Pattern.compile("(sectors|valueChains)\\[(\\d+)]");

    /** One row of the partner and linked enterprises, as typed. */
    public record Row(int index, String name, String relation, String ownershipShare, String staffHeadcount,
                      String annualTurnover, String balanceSheetTotal) {

        boolean isEmpty() {
            return Arrays.asList(name, relation, ownershipShare, staffHeadcount, annualTurnover, balanceSheetTotal)
                    .stream().allMatch(v -> v == null || v.isBlank());
        }

        /** The form field of one of the row's inputs: {@code relatedEnterprises[1].name}. */
        public String field(String input) {
            return "relatedEnterprises[" + index + "]." + input;
        }

        /** The element id of one of the row's inputs: {@code re1-name}. */
        public String id(String input) {
            return "re" + index + "-" + input;
        }

        /** The row's number for people (from 1). */
        public int number() {
            return index + 1;
        }
    }

    /** An empty form, for a first visit. */
    static OrganisationForm empty() {
        return of(Map.of());
    }

    /** The form from its posted fields ({@code name → values}). */
    static OrganisationForm of(Map<String, List<String>> fields) {
        Function<String, String> first = name -> {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? "" : values.get(0);
        };
        List<Row> typed = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String at = "relatedEnterprises[" + i + "].";
            typed.add(new Row(i, first.apply(at + "name"), first.apply(at + "relation"),
                    first.apply(at + "ownershipShare"), first.apply(at + "staffHeadcount"),
                    first.apply(at + "annualTurnover"), first.apply(at + "balanceSheetTotal")));
        }
        int lastFilled = -1;
        for (Row r : typed) {
            if (!r.isEmpty()) {
                lastFilled = r.index();
            }
        }
        // at least MIN_ROWS, and one empty row after the last one filled while there is room
        int shown = Math.min(MAX_ROWS, Math.max(MIN_ROWS, lastFilled + 2));
        List<String> sectors = fields.getOrDefault("sectors", List.of()).stream().filter(s -> !s.isBlank()).toList();
        return new OrganisationForm(first.apply("legalName"), first.apply("pic"), first.apply("country"),
                first.apply("type"), first.apply("staffHeadcount"), first.apply("annualTurnover"),
                first.apply("balanceSheetTotal"), List.copyOf(typed.subList(0, shown)), sectors,
                first.apply("valueChains"));
    }

    /** Whether a sector's box is ticked. */
    public boolean hasSector(String code) {
        return sectors.contains(code);
    }

    /** The definition read from the form, the problems of reading it, and where each related enterprise came from. */
    record Reading(OrganisationDefinition definition, List<Violation> problems, List<Integer> rowOfEnterprise,
                   List<String> keywords) {

        /**
         * A violation of the registration rules with its field named as in the form: the index of a related
         * enterprise becomes its row; a sector or a keyword becomes its field, the keyword its subject.
         */
        FieldProblem onForm(Violation v) {
            String field = v.field();
            String subject = null;
            if (field != null) {
                Matcher row = ROW_FIELD.matcher(field);
                Matcher indexed = INDEXED.matcher(field);
                if (row.matches()) {
                    int i = Integer.parseInt(row.group(1));
                    int formRow = i < rowOfEnterprise.size() ? rowOfEnterprise.get(i) : i;
                    String input = row.group(2).isEmpty() ? ".name" : row.group(2);
                    field = "relatedEnterprises[" + formRow + "]" + input;
                } else if (indexed.matches()) {
                    field = indexed.group(1);
                    int i = Integer.parseInt(indexed.group(2));
                    if (field.equals("valueChains") && i < keywords.size()) {
                        subject = keywords.get(i);
                    } else if (field.equals("sectors") && definition.sectors() != null && i < definition.sectors().size()) {
                        subject = definition.sectors().get(i);
                    }
                }
            }
            return new FieldProblem(field, v.code(), subject, v.message());
        }
    }

    /** Reads the typed texts as the page's language writes numbers; what cannot be read is a problem of its field. */
    Reading read(Locale locale) {
        List<Violation> problems = new ArrayList<>();
        List<RelatedEnterprise> related = new ArrayList<>();
        List<Integer> rowOfEnterprise = new ArrayList<>();
        for (Row r : rows) {
            if (r.isEmpty()) {
                continue;
            }
            related.add(new RelatedEnterprise(text(r.name()), relation(r.relation(), r.field("relation"), problems),
                    number(r.ownershipShare(), r.field("ownershipShare"), locale, problems),
                    number(r.staffHeadcount(), r.field("staffHeadcount"), locale, problems),
                    amount(r.annualTurnover(), r.field("annualTurnover"), locale, problems),
                    amount(r.balanceSheetTotal(), r.field("balanceSheetTotal"), locale, problems)));
            rowOfEnterprise.add(r.index());
        }
        OrganisationType t = type(type, problems);
        BigDecimal staff = number(staffHeadcount, "staffHeadcount", locale, problems);
        Money turnover = amount(annualTurnover, "annualTurnover", locale, problems);
        Money balance = amount(balanceSheetTotal, "balanceSheetTotal", locale, problems);
        List<String> keywords = keywords(valueChains);
        OrganisationDefinition d = new OrganisationDefinition(text(legalName), text(pic), text(country), t, staff,
                turnover, balance, related, sectors, keywords);
        return new Reading(d, problems, rowOfEnterprise, keywords);
    }

    /** Value-chain keywords: separated by commas, semicolons or lines. */
    static List<String> keywords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n\\r]+")).map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.trim();
    }

    private static OrganisationType type(String typed, List<Violation> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return OrganisationType.valueOf(typed);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("type", FormNumbers.INVALID, "'" + typed + "' is not a type of organisation"));
            return null;
        }
    }

    private static RelatedEnterprise.Relation relation(String typed, String field, List<Violation> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return RelatedEnterprise.Relation.valueOf(typed);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(field, FormNumbers.INVALID, "'" + typed + "' is not a relation"));
            return null;
        }
    }

    private static BigDecimal number(String typed, String field, Locale locale, List<Violation> problems) {
        FormNumbers.Reading<BigDecimal> r = FormNumbers.number(typed, locale);
        if (r.failed()) {
            problems.add(new Violation(field, r.problem(), field + " is not a number: " + typed));
        }
        return r.value();
    }

    private static Money amount(String typed, String field, Locale locale, List<Violation> problems) {
        FormNumbers.Reading<Money> r = FormNumbers.amount(typed, locale);
        if (r.failed()) {
            problems.add(new Violation(field, r.problem(), field + " is not an amount in euros: " + typed));
        }
        return r.value();
    }
}
