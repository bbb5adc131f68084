package io.grantflow.grants.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period of a signed grant: from its first to its last day (both included); its report is due
 * {@code reportDue} at the latest; the last period's report is the final report.
 */
public record ReportingPeriod(int index, LocalDate from, LocalDate to, LocalDate reportDue, boolean last) {

    /**
     * The periods of a grant that starts on {@code start}: {@code count} periods of {@code months} months each,
     * every report due {@code dueDays} days after its period's last day.
     */
    public static List<ReportingPeriod> of(LocalDate start, int months, int count, int dueDays) {
        List<ReportingPeriod> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate from = start.plusMonths((long) (i - 1) * months);
            LocalDate to = start.plusMonths((long) i * months).minusDays(1);
            out.add(new ReportingPeriod(i, from, to, to.plusDays(dueDays), i == count));
        }
        return out;
    }

    /** Whether the period is over on {@code today} (its report may then be submitted). */
    public boolean endedBy(LocalDate today) {
        return today.isAfter(to);
    }
}
