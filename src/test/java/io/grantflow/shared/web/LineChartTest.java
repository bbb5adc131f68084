package io.grantflow.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's positions, computed exactly from the amounts: zero on the baseline, the largest at the top. */
class LineChartTest {

    @Test
    void pointsRunFromTheBaselineToTheTopAcrossThePlot() {
        LineChart c = LineChart.of(List.of("Jan", "Feb", "Mar"), List.of("paid"),
                List.of(List.of(new BigDecimal("0.00"), new BigDecimal("500000.00"), new BigDecimal("1000000.00"))),
                BigDecimal::toPlainString);
        List<LineChart.Point> p = c.lines().get(0).markers();
        assertThat(p).extracting(LineChart.Point::x).containsExactly("112.0", "368.0", "624.0");
        assertThat(p).extracting(LineChart.Point::y).containsExactly("188.0", "100.0", "12.0");
        assertThat(c.yTicks()).extracting(LineChart.Tick::label).containsExactly("0", "500000.00", "1000000.00");
        // one step stands in the middle; nothing but zero draws on the baseline without dividing by zero
        LineChart one = LineChart.of(List.of("Dec"), List.of("paid"), List.of(List.of(BigDecimal.ZERO)),
                BigDecimal::toPlainString);
        assertThat(one.lines().get(0).markers().get(0)).isEqualTo(new LineChart.Point("368.0", "188.0"));
    }
}
