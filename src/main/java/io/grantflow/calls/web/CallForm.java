package io.grantflow.calls.web;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.calls.domain.CallDefinition.DeadlineDefinition;
import io.grantflow.calls.domain.CallDefinition.EvaluationRules;
import io.grantflow.calls.domain.CallDefinition.FstpRules;
import io.grantflow.calls.domain.CallDefinition.FundingRates;
import io.grantflow.calls.domain.CallObjective;
import io.grantflow.calls.domain.ProjectPeriod;
import io.grantflow.calls.domain.RequiredActivity;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.FormReader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The officer's call form as typed: the fields of {@code POST /api/calls}'s body an officer changes most (names,
 * budget and grant range, funding rates, opening and deadlines, eligibility, sectors, criteria, support to third
 * parties, experts per proposal, the objectives and required activities one per line as {@code CODE: title}, the
 * project period, the scheme and the previous round), {@link #ROWS} rows of deadlines and of criteria (blank rows are left out). The
 * rest of the definition (type of action's details such as tie-breaks, activities, required organisation types,
 * payment schedule) is carried over from the template or the draft it starts from. {@code key} makes a double
 * click create one draft.
 */
public record CallForm(String key, String template, String identifier, String title, String description,
                       String programme, String actionType, String submissionModel, String budget,
                       String expectedGrants, String minGrant, String maxGrant, String opensAt,
                       List<Row> deadlines, String fstpRate, String otherRate, String minSmeShare,
                       String maxPerThirdParty, String minPartners, String minCountries, String eligibleCountries,
                       List<String> sectors, String valueChains, List<Row> criteria, String overallThreshold,
                       String expertsPerProposal, String minCommentLength, String objectives,
                       String requiredActivities, String projectStart, String projectEnd, String scheme,
                       String previousRound) {

    /** The form without the programme rules (objectives, activities, project period, rounds): all blank. */
    public CallForm(String key, String template, String identifier, String title, String description,
                    String programme, String actionType, String submissionModel, String budget,
                    String expectedGrants, String minGrant, String maxGrant, String opensAt,
                    List<Row> deadlines, String fstpRate, String otherRate, String minSmeShare,
                    String maxPerThirdParty, String minPartners, String minCountries, String eligibleCountries,
                    List<String> sectors, String valueChains, List<Row> criteria, String overallThreshold,
                    String expertsPerProposal, String minCommentLength) {
        this(key, template, identifier, title, description, programme, actionType, submissionModel, budget,
                expectedGrants, minGrant, maxGrant, opensAt, deadlines, fstpRate, otherRate, minSmeShare,
                maxPerThirdParty, minPartners, minCountries, eligibleCountries, sectors, valueChains, criteria,
                overallThreshold, expertsPerProposal, minCommentLength, "", "", "", "", "", "");
    }

    /** Rows of deadlines and of criteria the form offers at least (one more than a definition has, if it has more). */
    public static final int ROWS = 4;

    /** Rows read from a posted form at most. */
    static final int MAX_ROWS = 20;

    /** A row of three fields: a deadline (label, at, budget) or a criterion (name, weight, threshold). */
    public record Row(int index, String first, String second, String third) {

        /** The id of the row's field {@code part} ({@code deadline-at}) on the page: {@code deadline-at-0}. */
        public String id(String part) {
            return part + "-" + index;
        }

        /** The row's number as people count (from 1). */
        public int number() {
            return index + 1;
        }
    }

    /** The form showing {@code d} (a template's definition or a draft's). */
    public static CallForm of(CallDefinition d, String template) {
        List<Row> deadlines = new ArrayList<>();
        List<DeadlineDefinition> dls = d.deadlinesOrEmpty();
        List<CriterionDefinition> cs = d.criteriaOrEmpty();
        List<Row> criteria = new ArrayList<>();
        for (int i = 0; i < rows(dls.size()); i++) {
            DeadlineDefinition dl = i < dls.size() ? dls.get(i) : null;
            deadlines.add(dl == null ? new Row(i, "", "", "")
                    : new Row(i, dl.label(), FormReader.local(dl.at()), plain(dl.budget())));
        }
        for (int i = 0; i < rows(cs.size()); i++) {
            CriterionDefinition c = i < cs.size() ? cs.get(i) : null;
            criteria.add(c == null ? new Row(i, "", "", "")
                    : new Row(i, c.name(), plain(c.weight()), plain(c.threshold())));
        }
        FundingRates rates = d.fundingRates();
        FstpRules fstp = d.fstp();
        CallDefinition.Eligibility e = d.eligibility();
        EvaluationRules ev = d.evaluation();
        return new CallForm(UUID.randomUUID().toString(), template, d.identifier(), d.title(), d.description(),
                d.programme(), name(d.actionType()), name(d.submissionModel()), plain(d.budget()),
                plain(d.expectedGrants()), plain(d.minGrant()), plain(d.maxGrant()), FormReader.local(d.opensAt()),
                deadlines, rates == null ? "" : plain(rates.financialSupportToThirdParties()),
                rates == null ? "" : plain(rates.otherCosts()), fstp == null ? "" : plain(fstp.minSmeShare()),
                fstp == null ? "" : plain(fstp.maxPerThirdParty()), e == null ? "" : plain(e.minPartners()),
                e == null ? "" : plain(e.minCountries()),
                e == null || e.eligibleCountries() == null ? "" : String.join(", ", e.eligibleCountries()),
                d.sectors() == null ? List.of() : d.sectors(),
                d.valueChains() == null ? "" : String.join(", ", d.valueChains()), criteria,
                plain(d.overallThreshold()), ev == null ? "" : plain(ev.expertsPerProposal()),
                ev == null ? "" : plain(ev.minCommentLength()),
                CodedLines.show(d.objectivesOrEmpty().stream().map(o -> new String[] {o.code(), o.title()}).toList()),
                CodedLines.show(d.requiredActivitiesOrEmpty().stream().map(a -> new String[] {a.code(), a.title()})
                        .toList()),
                d.projectPeriod() == null ? "" : plain(d.projectPeriod().start()),
                d.projectPeriod() == null ? "" : plain(d.projectPeriod().end()), plain(d.scheme()),
                plain(d.previousRound()));
    }

    public boolean hasSector(String code) {
        return sectors != null && sectors.contains(code);
    }

    /**
     * The definition typed over {@code base} (what the form does not show is kept from it); what cannot be read goes
     * to {@code out}, named as the API names the field ({@code deadlines[1].at}, {@code criteria[0].weight}).
     */
    public CallDefinition definition(CallDefinition base, Locale locale, List<Violation> out) {
        FormReader read = new FormReader(locale, out);
        List<DeadlineDefinition> dls = new ArrayList<>();
        for (Row r : filled(deadlines)) {
            String field = "deadlines[" + dls.size() + "]";
            dls.add(new DeadlineDefinition(FormReader.text(r.first()), read.instant(r.second(), field + ".at"),
                    read.amount(r.third(), field + ".budget")));
        }
        List<CriterionDefinition> cs = new ArrayList<>();
        for (Row r : filled(criteria)) {
            String field = "criteria[" + cs.size() + "]";
            cs.add(new CriterionDefinition(FormReader.text(r.first()), read.number(r.second(), field + ".weight"),
                    read.number(r.third(), field + ".threshold")));
        }
        CallDefinition.Eligibility was = base.eligibility();
        EvaluationRules ev = base.evaluation();
        SubmissionModel model = read.choice(SubmissionModel.class, submissionModel, "submissionModel");
        boolean twoStage = model == SubmissionModel.TWO_STAGE && ev != null;
        return new CallDefinition(FormReader.text(identifier), FormReader.text(title), FormReader.text(description),
                FormReader.text(programme), read.choice(ActionType.class, actionType, "actionType"),
                read.amount(budget, "budget"), read.integer(expectedGrants, "expectedGrants"),
                read.amount(minGrant, "minGrant"), read.amount(maxGrant, "maxGrant"),
                new FundingRates(read.number(fstpRate, "fundingRates.financialSupportToThirdParties"),
                        read.number(otherRate, "fundingRates.otherCosts")),
                read.instant(opensAt, "opensAt"),
                model, dls,
                new CallDefinition.Eligibility(read.integer(minPartners, "eligibility.minPartners"),
                        read.integer(minCountries, "eligibility.minCountries"),
                        FormReader.list(eligibleCountries, true),
                        was == null ? null : was.requiredOrganisationTypes(),
                        was == null ? null : was.requiredCountries()),
                cs, read.number(overallThreshold, "overallThreshold"), tieBreak(base, cs),
                new FstpRules(read.number(minSmeShare, "fstp.minSmeShare"),
                        read.amount(maxPerThirdParty, "fstp.maxPerThirdParty")),
                sectors == null ? List.of() : sectors, FormReader.list(valueChains, false), base.activities(),
                new EvaluationRules(read.integer(expertsPerProposal, "evaluation.expertsPerProposal"),
                        read.integer(minCommentLength, "evaluation.minCommentLength"),
                        ev == null ? null : ev.evaluationDays(), ev == null ? null : ev.reminderDaysBefore(),
                        twoStage ? ev.stage1Threshold() : null, twoStage ? ev.stage2InvitationMultiple() : null),
                base.grantTerms())
                .withProgrammeRules(CodedLines.read(objectives).stream().map(l -> new CallObjective(l[0], l[1])).toList(),
                        CodedLines.read(requiredActivities).stream().map(l -> new RequiredActivity(l[0], l[1])).toList(),
                        projectPeriod(out), FormReader.text(scheme), FormReader.text(previousRound));
    }

    /** The project period typed, or none when both days are blank; a day that cannot be read goes to {@code out}. */
    private ProjectPeriod projectPeriod(List<Violation> out) {
        LocalDate start = day(projectStart, "projectPeriod.start", out);
        LocalDate end = day(projectEnd, "projectPeriod.end", out);
        boolean blank = FormReader.text(projectStart) == null && FormReader.text(projectEnd) == null;
        return blank ? null : new ProjectPeriod(start, end);
    }

    private static LocalDate day(String typed, String field, List<Violation> out) {
        if (FormReader.text(typed) == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            out.add(new Violation(field, "invalid_date", "not a date: " + typed));
            return null;
        }
    }

    /**
     * The id of the form field a problem's field names, for the link from the list of problems:
     * {@code deadlines[1].at} is the second filled row's date, {@code fundingRates.otherCosts} the field
     * {@code otherRate}.
     */
    public String anchor(String field) {
        if (field == null) {
            return "identifier";
        }
        var m = java.util.regex.Pattern.compile("(deadlines|criteria)\\[(\\d+)](?:\\.(\\w+))?").matcher(field);
        if (m.matches()) {
            boolean deadline = m.group(1).equals("deadlines");
            List<Row> rows = filled(deadline ? deadlines : criteria);
            int i = Integer.parseInt(m.group(2));
            int row = i < rows.size() ? rows.get(i).index() : 0;
            String part = m.group(3) == null ? (deadline ? "at" : "name") : m.group(3);
            return (deadline ? "deadline-" : "criterion-") + part + "-" + row;
        }
        return switch (field) {
            case "deadlines" -> "deadline-at-0";
            case "criteria" -> "criterion-name-0";
            case "fundingRates", "fundingRates.financialSupportToThirdParties" -> "fstpRate";
            case "fundingRates.otherCosts" -> "otherRate";
            case "fstp.minSmeShare" -> "minSmeShare";
            case "fstp.maxPerThirdParty" -> "maxPerThirdParty";
            case "eligibility.minPartners" -> "minPartners";
            case "eligibility.minCountries" -> "minCountries";
            case "eligibility.eligibleCountries" -> "eligibleCountries";
            case "evaluation.expertsPerProposal" -> "expertsPerProposal";
            case "evaluation.minCommentLength" -> "minCommentLength";
            case "projectPeriod", "projectPeriod.start" -> "projectStart";
            case "projectPeriod.end" -> "projectEnd";
            default -> field.startsWith("eligibility.eligibleCountries") ? "eligibleCountries"
                    : field.startsWith("eligibility") ? "minPartners" : field.split("[\\[.]")[0];
        };
    }

    /**
     * The base's tie-breaks still named among the criteria, in their order, then the criteria the base did not have;
     * none when the base had none (the call then breaks ties by its criteria in order).
     */
    private static List<String> tieBreak(CallDefinition base, List<CriterionDefinition> criteria) {
        if (base.tieBreak() == null || base.tieBreak().isEmpty()) {
            return null;
        }
        List<String> names = criteria.stream().map(CriterionDefinition::name).filter(java.util.Objects::nonNull).toList();
        List<String> before = base.criteriaOrEmpty().stream().map(CriterionDefinition::name).toList();
        List<String> tie = new ArrayList<>(base.tieBreak().stream().filter(names::contains).toList());
        names.stream().filter(n -> !before.contains(n) && !tie.contains(n)).forEach(tie::add);
        return tie.isEmpty() ? null : tie;
    }

    private static int rows(int filled) {
        return Math.min(MAX_ROWS, Math.max(ROWS, filled + 1));
    }

    private static List<Row> filled(List<Row> rows) {
        return rows == null ? List.of() : rows.stream().filter(r -> FormReader.text(r.first()) != null
                || FormReader.text(r.second()) != null || FormReader.text(r.third()) != null).toList();
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
