package io.grantflow.grants.web;

import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.api.PeriodView;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.api.WorkPackageView;
import io.grantflow.grants.application.LifecycleDesk.DeclaredWorkPackage;
import io.grantflow.grants.application.LifecycleDesk.OverduePeriod;
import io.grantflow.grants.application.LifecycleDesk.WaitingReport;
import io.grantflow.grants.domain.CostCategory;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What the pages of a grant's life show (templates {@code grants/life-*.html} and {@code grants/review-*.html}). */
final class GrantLifeModels {

    private GrantLifeModels() {
    }

    /** The names of a grant's beneficiaries, for cost lines that carry only the organisation's id. */
    static String nameOf(GrantView grant, Long organisation) {
        return grant.beneficiaries().stream().filter(b -> b.organisation().equals(organisation))
                .map(GrantView.Beneficiary::legalName).findFirst().orElse(String.valueOf(organisation));
    }

    /** {@code /desk/grants/{id}}: the grant's periods, schedule and work packages, for its consortium. */
    record GrantPage(GrantView grant, boolean coordinator, Refused refused, String done, Integer doneOf,
                     String summary) {

        /** Whether the declaration of work package {@code number} was refused. */
        public boolean refusedFor(int number) {
            return refused != null && refused.concerns("wp-" + number);
        }

        /** The summary typed for work package {@code number} when its declaration was refused. */
        public String typed(int number) {
            return refusedFor(number) && summary != null ? summary : "";
        }
    }

    /** {@code /desk/grants/{id}/periods/{n}}: one period, its report's versions, and the form open to the person. */
    record PeriodPage(GrantView grant, PeriodView period, List<ReportView> versions, ReportView latest,
                      boolean coordinator, boolean writable, ReportForm form, Refused refused, String done,
                      String answer) {

        public List<String> categories() {
            return Arrays.stream(CostCategory.values()).map(Enum::name).toList();
        }

        /** The columns of a cost line, in the order they are typed. */
        public List<String> costParts() {
            return List.of("organisation", "category", "amount");
        }

        public boolean wrong(String anchor) {
            return refused != null && refused.wrong(anchor);
        }

        public List<Refused.Problem> at(String anchor) {
            return refused == null ? List.of() : refused.at(anchor);
        }

        /** The version a correction of the latest (rejected) version becomes. */
        public int nextVersion() {
            return latest == null ? 1 : latest.version() + 1;
        }

        public String nameOf(Long organisation) {
            return GrantLifeModels.nameOf(grant, organisation);
        }

        /** The versions newest first, each with its figures. */
        public List<Version> history() {
            List<Version> out = new ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                out.add(new Version(versions.get(i), ReportFigures.of(versions.get(i), grant)));
            }
            return out;
        }

        public boolean lumpSum() {
            return !grant.workPackages().isEmpty();
        }
    }

    /** A version of a report and its costs by beneficiary and category. */
    record Version(ReportView report, ReportFigures figures) {

        /** A key for the ids of the version's elements. */
        public String key() {
            return "v" + report.version();
        }
    }

    /** {@code /desk/grant-reports}: what waits for officers. */
    record ReviewDesk(List<WaitingReport> reports, Paging paging, List<OverduePeriod> overdue,
                      List<DeclaredWorkPackage> workPackages) {
    }

    /** {@code /desk/grant-reports/{grant}/periods/{n}}: the report the officer decides, its figures, the decisions. */
    record ReviewPage(GrantView grant, PeriodView period, ReportView report, ReportFigures figures,
                      List<ReportView> earlier, boolean correcting, Refused refused, String done, String reason,
                      String question) {

        public boolean decidable() {
            return report != null && (report.status() == io.grantflow.grants.domain.ReportStatus.SUBMITTED
                    || report.status() == io.grantflow.grants.domain.ReportStatus.INFORMATION_REQUESTED);
        }

        public String nameOf(Long organisation) {
            return GrantLifeModels.nameOf(grant, organisation);
        }
    }

    /** {@code /desk/grant-reports/{grant}/work-packages/{n}}: a declared work package and the decisions. */
    record WorkPackagePage(GrantView grant, WorkPackageView workPackage, Refused refused, String done,
                           String reason) {
    }

    /**
     * A version's costs as a table: a line per beneficiary, a column per category declared (in the categories'
     * order), the totals of each; null where a beneficiary declared nothing in a category.
     */
    record ReportFigures(List<String> categories, List<Line> lines, List<Money> totals, Money total) {

        record Line(String beneficiary, List<Money> amounts, Money total) {
        }

        static ReportFigures of(ReportView r, GrantView grant) {
            List<CostCategory> used = Arrays.stream(CostCategory.values())
                    .filter(c -> r.costs().stream().anyMatch(x -> x.category() == c)).toList();
            List<Long> who = r.costs().stream().map(GrantReport.Cost::organisation).filter(Objects::nonNull)
                    .distinct().toList();
            List<Line> lines = new ArrayList<>();
            for (Long o : who) {
                List<Money> amounts = used.stream().map(c -> r.costs().stream()
                        .filter(x -> o.equals(x.organisation()) && x.category() == c).map(GrantReport.Cost::amount)
                        .findFirst().orElse(null)).toList();
                lines.add(new Line(nameOf(grant, o), amounts, amounts.stream().filter(Objects::nonNull)
                        .reduce(Money.ZERO, Money::plus)));
            }
            List<Money> totals = used.stream().map(c -> r.costs().stream().filter(x -> x.category() == c)
                    .map(GrantReport.Cost::amount).reduce(Money.ZERO, Money::plus)).toList();
            return new ReportFigures(used.stream().map(Enum::name).toList(), lines, totals,
                    totals.stream().reduce(Money.ZERO, Money::plus));
        }
    }
}
