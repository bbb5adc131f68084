package io.grantflow.grants.web;

import io.grantflow.grants.api.ReportDraft;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.domain.CostCategory;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.FormReader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A period's report as the consortium types it on the page: the technical text, the KPIs as {@code name = value}
 * lines, and cost lines (beneficiary, category, amount). Read into the API's {@link ReportDraft}; what cannot be read
 * (a KPI line without {@code =}, an amount that is no amount) is said beside its field, and the rules of the values
 * stay with {@code ReportPolicy}. A blank cost line is left out; the form always offers {@value #BLANK_ROWS} more.
 */
public record ReportForm(String technical, String kpis, List<CostRow> rows) {

    static final int BLANK_ROWS = 3;

    /** One cost line as typed; {@code index} is its place among the lines sent, as the service numbers them. */
    public record CostRow(int index, String organisation, String category, String amount) {

        /** The service's name of one of its fields ({@code costs[0].amount}). */
        public String field(String name) {
            return "costs[" + index + "]" + (name.isEmpty() ? "" : "." + name);
        }

        /** The id of one of its fields on the page ({@code cost-0-amount}). */
        public String anchor(String name) {
            return "cost-" + index + "-" + name;
        }

        public int line() {
            return index + 1;
        }

        boolean blank() {
            return FormReader.text(organisation) == null && FormReader.text(category) == null
                    && FormReader.text(amount) == null;
        }
    }

    /** An empty report (a first draft). */
    static ReportForm blank() {
        return new ReportForm("", "", rows(List.of()));
    }

    /** A version's content, to write on (a draft, or a rejected version corrected in a new one). */
    static ReportForm of(ReportView r) {
        StringBuilder kpis = new StringBuilder();
        r.kpis().forEach((name, value) -> kpis.append(name).append(" = ").append(value.toPlainString()).append('\n'));
        List<CostRow> typed = new ArrayList<>();
        for (GrantReport.Cost c : r.costs()) {
            typed.add(new CostRow(typed.size(), String.valueOf(c.organisation()), c.category().name(),
                    c.amount().toString()));
        }
        return new ReportForm(r.technical() == null ? "" : r.technical(), kpis.toString(), rows(typed));
    }

    /** The form as sent: the lines of the three cost columns side by side, blank lines left out. */
    static ReportForm sent(String technical, String kpis, List<String> organisations, List<String> categories,
                           List<String> amounts) {
        int n = Math.max(size(organisations), Math.max(size(categories), size(amounts)));
        List<CostRow> typed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CostRow row = new CostRow(typed.size(), at(organisations, i), at(categories, i), at(amounts, i));
            if (!row.blank()) {
                typed.add(row);
            }
        }
        return new ReportForm(technical == null ? "" : technical, kpis == null ? "" : kpis, rows(typed));
    }

    /** The lines typed, then blank ones to add more. */
    private static List<CostRow> rows(List<CostRow> typed) {
        List<CostRow> out = new ArrayList<>(typed);
        for (int i = 0; i < BLANK_ROWS; i++) {
            out.add(new CostRow(out.size(), "", "", ""));
        }
        return out;
    }

    /** The API's body of the form; what cannot be read is added to {@code out} and left out of the body. */
    ReportDraft draft(Locale locale, List<Violation> out) {
        FormReader reader = new FormReader(locale, out);
        Map<String, BigDecimal> k = new LinkedHashMap<>();
        String[] lines = kpis.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                out.add(new Violation("kpis", "invalid_kpi_line", "line " + (i + 1) + " is not name = value"));
                continue;
            }
            String name = line.substring(0, eq).strip();
            BigDecimal value = reader.number(line.substring(eq + 1), "kpis." + name);
            if (k.containsKey(name)) {
                out.add(new Violation("kpis." + name, "duplicate_kpi", "KPI " + name + " is given twice"));
            } else if (value != null || line.substring(eq + 1).isBlank()) {
                k.put(name, value);
            }
        }
        List<GrantReport.Cost> costs = new ArrayList<>();
        for (CostRow row : rows) {
            if (row.blank()) {
                continue;
            }
            Long organisation = null;
            String o = FormReader.text(row.organisation());
            if (o != null) {
                try {
                    organisation = Long.parseLong(o);
                } catch (NumberFormatException e) {
                    out.add(new Violation(row.field("organisation"), "not_a_beneficiary", "not a beneficiary: " + o));
                }
            }
            CostCategory category = null;
            String c = FormReader.text(row.category());
            if (c != null) {
                try {
                    category = CostCategory.valueOf(c);
                } catch (IllegalArgumentException e) {
                    out.add(new Violation(row.field("category"), "invalid_category", "not a category: " + c));
                }
            }
            Money amount = reader.amount(row.amount(), row.field("amount"));
            costs.add(new GrantReport.Cost(organisation, category, amount));
        }
        return new ReportDraft(FormReader.text(technical), k, costs);
    }

    private static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i);
    }
}
