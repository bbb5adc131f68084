package io.grantflow.kpis.web;

import io.grantflow.shared.web.StackedBar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of counts (SMEs per theme, reported indicators), drawn with {@code tags/stackedBar.html}: each count a
 * bar whose length is its share of the largest count, in percent with two decimals (exact arithmetic; the largest
 * is 100 %, a zero draws nothing). The counts themselves stand beside the bars in the same table.
 */
public final class KpiBars {

    static final String STYLE = "paid";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiBars() {
    }

    /** One count: its code (a theme, an indicator), the count and its bar. */
    public record Bar(String code, BigInteger value, StackedBar bar) {
    }

    /** A bar per entry, in the map's order. */
    public static List<Bar> of(Map<String, BigInteger> counts) {
        BigInteger top = counts.values().stream().max(BigInteger::compareTo).orElse(BigInteger.ZERO);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((code, value) -> bars.add(new Bar(code, value, bar(value, top))));
        return bars;
    }

    static StackedBar bar(BigInteger value, BigInteger top) {
        if (value.signum() <= 0 || top.signum() <= 0) {
            return new StackedBar(List.of(), null);
        }
        BigDecimal width = new BigDecimal(value).multiply(HUNDRED).divide(new BigDecimal(top), 2, RoundingMode.HALF_UP)
                .min(HUNDRED);
        return new StackedBar(List.of(new StackedBar.Segment(STYLE, "0", width.toPlainString())), null);
    }
}
