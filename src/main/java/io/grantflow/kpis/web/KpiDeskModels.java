package io.grantflow.kpis.web;

import io.grantflow.calls.api.CallSummary;
import io.grantflow.calls.api.CallView;
import io.grantflow.calls.api.ProgrammeView;
import io.grantflow.grants.api.GrantView;
import io.grantflow.kpis.api.KpiReportView;
import io.grantflow.kpis.api.KpiView;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.Paging;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the KPI desk's templates show. */
final class KpiDeskModels {

    private KpiDeskModels() {
    }

    /**
     * A scope's indicators, with the bars of the SMEs per theme, of the organisations per type, of the SMEs from other
     * regions per region, of the entrepreneur profile (every answer, 0 if none) and of the reported indicators (every
     * one, 0 if none).
     */
    record Indicators(KpiView view, List<KpiBars.Bar> byTheme, List<KpiBars.Bar> byType, List<KpiBars.Bar> byRegion,
                      List<KpiBars.Bar> byProfile, List<KpiBars.Bar> reported) {
        static Indicators of(KpiView view) {
            Map<String, BigInteger> reported = new LinkedHashMap<>();
            KpiReportForm.codes().forEach(c -> reported.put(c, view.reported().getOrDefault(c, BigInteger.ZERO)));
            KpiView.Computed c = view.computed();
            return new Indicators(view, KpiBars.of(big(c.smesSupportedByTheme())),
                    KpiBars.of(big(c.organisationsSupportedByType())), KpiBars.of(big(c.smesFromOtherRegionsByRegion())),
                    KpiBars.of(big(c.smesSupportedByProfile())), KpiBars.of(reported));
        }

        private static Map<String, BigInteger> big(Map<String, Long> counts) {
            Map<String, BigInteger> out = new LinkedHashMap<>();
            counts.forEach((k, n) -> out.put(k, BigInteger.valueOf(n)));
            return out;
        }
    }

    /** The programme's page: the programmes to choose from, the chosen one's indicators, and its calls. */
    record ProgrammeDesk(List<ProgrammeView> programmes, ProgrammeView chosen, Indicators indicators,
                         List<CallSummary> calls) {
    }

    /** A call's page: its indicators and its signed grants (one page). */
    record CallDesk(CallView call, Indicators indicators, List<GrantView> grants, Paging paging) {
    }

    /** The versions of one period's report, newest first. */
    record Period(int period, List<KpiReportView> versions) {
    }

    /**
     * A grant's page: its indicators, its reports per period, and for a consortium member the report form (as
     * typed, with a refusal), and the report just saved.
     */
    record GrantDesk(GrantView grant, Indicators indicators, List<Period> periods, boolean member, boolean officer,
                     KpiReportForm form, Refused refused, KpiReportView saved) {
        public List<String> codes() {
            return KpiReportForm.codes();
        }

        /** Whether the form was refused for {@code field}. */
        public boolean wrong(String field) {
            return refused != null && refused.invalid(field);
        }
    }

    /** Why a report was refused: the problem's code, and each problem (shown beside its field). */
    record Refused(String code, List<Violation> problems) {
        public boolean invalid(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public List<String> codesOf(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(Violation::code).toList();
        }
    }
}
