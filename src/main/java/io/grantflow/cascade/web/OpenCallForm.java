package io.grantflow.cascade.web;

import io.grantflow.calls.domain.Activity;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.OpenCallEvaluationTerms;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.web.FormReader;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * The consortium's open-call form as typed (the names of {@code POST /api/grants/{id}/open-calls}'s fields), and
 * how it becomes an {@link OpenCallDefinition}: amounts read for the page's language, the window in Brussels time
 * (a {@code datetime-local}), countries and value-chain keywords separated by commas. What cannot be read is
 * reported beside its field; everything else is judged by {@code OpenCallPolicy}, as the API's body is. {@code key}
 * is the form's idempotency key: publishing the same form twice makes one open call. {@code cutoffs}: rows of a
 * closing date, a budget and a selection (blank rows are left out); with any, the open call closes with the last.
 */
public record OpenCallForm(String key, String title, String description, String instrument, String selection,
                           String budget, String fixedAmount, String minAmount, String maxAmount,
                           String eligibleCountries, List<String> sectors, String valueChains, String opensAt,
                           String closesAt, String firstTranchePercent, String reportDays, Rules rules,
                           List<CutoffRow> cutoffs, Options options) {

    /** The page offers this many cut-off rows (the API takes up to {@code OpenCallCutoffPolicy.MAX_CUTOFFS}). */
    public static final int CUTOFF_ROWS = 3;

    /** One cut-off as typed: its closing in Brussels time, its budget, its selection (blank: the open call's). */
    public record CutoffRow(String closesAt, String budget, String selection) {
        boolean isBlank() {
            return (closesAt == null || closesAt.isBlank()) && (budget == null || budget.isBlank());
        }
    }

    /** The rows to show: those typed, then blank ones up to {@link #CUTOFF_ROWS}. */
    public List<CutoffRow> cutoffRows() {
        List<CutoffRow> rows = new java.util.ArrayList<>(cutoffs == null ? List.of() : cutoffs);
        while (rows.size() < CUTOFF_ROWS) {
            rows.add(new CutoffRow("", "", ""));
        }
        return rows;
    }


    /**
     * What an open call reaches and gives beyond its amounts: the target markets (regions ticked, third countries
     * typed, separated by commas), whether it collects the entrepreneur profile, the applicant types ticked (none:
     * the instrument's defaults), the type of support (blank: the instrument's; or IN_KIND_SERVICE) and, in kind by
     * days, the service and the most days per application (both blank: not by days).
     */
    public record Options(List<String> targetRegions, String targetCountries, boolean collectsEntrepreneurProfile,
                          List<String> applicantTypes, String typeOfSupport, String inKindService,
                          String inKindMaxDays) {

        static final Options DEFAULT = new Options(List.of(), "", false, List.of(), "", "", "");

        public boolean hasRegion(String region) {
            return targetRegions != null && targetRegions.contains(region);
        }

        public boolean hasApplicantType(String type) {
            return applicantTypes != null && applicantTypes.contains(type);
        }

        /** The regions ticked, for the review (anything else is left to the policy). */
        public List<io.grantflow.cascade.domain.TargetRegion> regions() {
            return java.util.Arrays.stream(io.grantflow.cascade.domain.TargetRegion.values())
                    .filter(r -> hasRegion(r.name())).toList();
        }

        /** The third countries typed, upper-case. */
        public List<String> countries() {
            return FormReader.list(targetCountries, true);
        }

        /** The target markets as the API takes them: the regions ticked, then the countries typed. */
        List<String> targetMarkets() {
            List<String> markets = new java.util.ArrayList<>(targetRegions == null ? List.of() : targetRegions);
            markets.addAll(FormReader.list(targetCountries, true));
            return markets;
        }

        List<OrganisationType> types(FormReader read) {
            return applicantTypes == null ? List.of() : applicantTypes.stream()
                    .map(t -> read.choice(OrganisationType.class, t, "applicantTypes"))
                    .filter(java.util.Objects::nonNull).toList();
        }

        /** In kind by days as typed; null when neither the service nor the days are given. */
        OpenCallDefinition.InKind inKind(FormReader read) {
            boolean blank = (inKindService == null || inKindService.isBlank())
                    && (inKindMaxDays == null || inKindMaxDays.isBlank());
            return blank ? null : new OpenCallDefinition.InKind(read.choice(ServiceKind.class, inKindService,
                    "inKind.service"), read.integer(inKindMaxDays, "inKind.maxDays"));
        }
    }

    /**
     * The id of the form's field a problem names, for the link from the list of problems: a target market or an
     * applicant type by its index is its group of fields, an eligible country the countries' field.
     */
    public String anchor(String field) {
        if (field == null) {
            return "title";
        }
        for (String group : List.of("targetMarkets", "applicantTypes", "eligibleCountries")) {
            if (field.startsWith(group + "[")) {
                return group;
            }
        }
        return field;
    }

    /** The instruments the page offers. */
    public static final List<Instrument> INSTRUMENTS = List.of(Instrument.VOUCHER, Instrument.TRAVEL_VOUCHER,
            Instrument.LUMP_SUM_UP_TO, Instrument.FIXED_LUMP_SUM, Instrument.CLUSTERXCHANGE);

    /**
     * The open call's further rules as typed: the cap per third party and the de minimis check (blank: the grant's
     * call's), applications per SME, a waiting list for first come, first served, the activities it supports, and
     * for ClusterXchange the lump sum per host country, a line each ({@code FR 1100.00}).
     */
    public record Rules(String maxPerThirdParty, boolean deMinimisCheck, String deMinimisCap,
                        String applicationsPerSme, boolean waitlist, List<String> activities, String hostAmounts,
                        Panel panel) {

        static final Rules DEFAULT = new Rules("", true, "", "", false, List.of(), "", Panel.NONE);

        public boolean hasActivity(String name) {
            return activities != null && activities.contains(name);
        }

        /** The host amounts by country; a line that is not a country code and an amount is named in {@code out}. */
        Map<String, Money> hosts(FormReader read, List<Violation> out) {
            Map<String, Money> hosts = new LinkedHashMap<>();
            if (hostAmounts == null) {
                return hosts;
            }
            for (String line : hostAmounts.split("\\R|;")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] parts = l.split("[\\s:=]+", 2);
                if (parts.length < 2 || !parts[0].matches("[A-Za-z]{2}")) {
                    out.add(new Violation("hostAmounts", "invalid_host_amount", "not a country code and an amount: " + l));
                    continue;
                }
                String country = parts[0].toUpperCase(Locale.ROOT);
                if (hosts.containsKey(country)) {
                    out.add(new Violation("hostAmounts." + country, "duplicate_country", country + " is listed twice"));
                    continue;
                }
                Money amount = read.amount(parts[1], "hostAmounts." + country);
                if (amount != null) {
                    hosts.put(country, amount);
                }
            }
            return hosts;
        }
    }

    /**
     * An evaluated open call's panel terms as typed ({@link OpenCallEvaluationTerms}): the criteria a line each,
     * name, weight and threshold ({@code Relevance 1 3}); the overall threshold, the evaluators per application and
     * how their scores combine. All blank: no panel (one member decides each application).
     */
    public record Panel(String criteria, String overallThreshold, String evaluatorsPerApplication, String scoring) {

        static final Panel NONE = new Panel("", "", "", "");

        boolean blank() {
            return java.util.stream.Stream.of(criteria, overallThreshold, evaluatorsPerApplication, scoring)
                    .allMatch(t -> t == null || t.isBlank());
        }

        /** The terms; a criterion line that is not a name, a weight and a threshold is named in {@code out}. */
        OpenCallEvaluationTerms terms(FormReader read, List<Violation> out) {
            if (blank()) {
                return null;
            }
            List<CriterionDefinition> list = new java.util.ArrayList<>();
            for (String line : (criteria == null ? "" : criteria).split("\\R|;")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                if (parts.length < 3) {
                    out.add(new Violation("evaluation.criteria", "invalid_criterion",
                            "not a name, a weight and a threshold: " + l));
                    continue;
                }
                String field = "evaluation.criteria[" + list.size() + "]";
                String name = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 2));
                list.add(new CriterionDefinition(name, read.number(parts[parts.length - 2], field + ".weight"),
                        read.number(parts[parts.length - 1], field + ".threshold")));
            }
            return new OpenCallEvaluationTerms(list, read.number(overallThreshold, "evaluation.overallThreshold"),
                    read.integer(evaluatorsPerApplication, "evaluation.evaluatorsPerApplication"),
                    read.choice(PanelScoring.class, scoring, "evaluation.scoring"), null);
        }
    }

    /** A new form: open from now for four weeks, evaluated, half on award, with a fresh key. */
    public static OpenCallForm blank(Instant now) {
        LocalDateTime from = now.atZone(Brussels.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new OpenCallForm(UUID.randomUUID().toString(), "", "", Instrument.VOUCHER.name(),
                Selection.EVALUATED.name(), "", "", "", "", "", List.of(), "", from.toString(),
                from.plusWeeks(4).toString(), "50", String.valueOf(OpenCallDefinition.DEFAULT_REPORT_DAYS),
                Rules.DEFAULT, List.of(), Options.DEFAULT);
    }

    public boolean hasSector(String code) {
        return sectors != null && sectors.contains(code);
    }

    /** The definition to check and create; what cannot be read goes to {@code out}, and is left out of it. */
    public OpenCallDefinition definition(Locale locale, List<Violation> out) {
        FormReader read = new FormReader(locale, out);
        Instrument i = read.choice(Instrument.class, instrument, "instrument");
        Money fixed = i == Instrument.FIXED_LUMP_SUM ? read.amount(fixedAmount, "fixedAmount") : null;
        Money min = i != null && i != Instrument.FIXED_LUMP_SUM ? read.amount(minAmount, "minAmount") : null;
        Money max = i != null && i != Instrument.FIXED_LUMP_SUM ? read.amount(maxAmount, "maxAmount") : null;
        Rules r = rules == null ? Rules.DEFAULT : rules;
        Options o = options == null ? Options.DEFAULT : options;
        List<OpenCallDefinition.Cutoff> cuts = new java.util.ArrayList<>();
        for (CutoffRow row : cutoffs == null ? List.<CutoffRow>of() : cutoffs) {
            if (row.isBlank()) {
                continue;
            }
            String field = "cutoffs[" + cuts.size() + "]";
            cuts.add(new OpenCallDefinition.Cutoff(read.instant(row.closesAt(), field + ".closesAt"),
                    read.amount(row.budget(), field + ".budget"), row.selection() == null || row.selection().isBlank()
                    ? null : read.choice(Selection.class, row.selection(), field + ".selection")));
        }
        return new OpenCallDefinition(FormReader.text(title), FormReader.text(description), i,
                read.amount(budget, "budget"), fixed, min, max, FormReader.list(eligibleCountries, true),
                sectors == null ? List.of() : sectors, read.choice(Selection.class, selection, "selection"), r.waitlist(),
                read.instant(opensAt, "opensAt"), cuts.isEmpty() ? read.instant(closesAt, "closesAt") : null,
                read.number(firstTranchePercent, "firstTranchePercent"), read.integer(reportDays, "reportDays"), null,
                read.amount(r.maxPerThirdParty(), "maxPerThirdParty"), r.deMinimisCheck(),
                read.amount(r.deMinimisCap(), "deMinimisCap"), read.integer(r.applicationsPerSme(), "applicationsPerSme"),
                i == Instrument.CLUSTERXCHANGE ? r.hosts(read, out) : null,
                r.activities() == null ? List.of() : r.activities().stream()
                        .map(a -> read.choice(Activity.class, a, "activities")).filter(java.util.Objects::nonNull).toList(),
                FormReader.list(valueChains, false), read.choice(TypeOfSupport.class, o.typeOfSupport(), "typeOfSupport"),
                o.types(read), o.targetMarkets(), o.collectsEntrepreneurProfile(), cuts.isEmpty() ? null : cuts,
                (r.panel() == null ? Panel.NONE : r.panel()).terms(read, out), o.inKind(read));
    }
}
