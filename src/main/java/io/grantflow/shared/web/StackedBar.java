package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar of parts of a whole, drawn as server-side SVG ({@code tags/stackedBar.html}): each segment's
 * start and width in percent of the whole, two decimals. The numbers themselves stand in a table beside the bar;
 * the bar is their picture.
 */
public record StackedBar(List<Segment> segments, String marker) {

    /** One part: its CSS class (its colour and pattern), where it starts and how wide it is, in percent. */
    public record Segment(String style, String x, String width) {
    }

    /** The parts, in order, of {@code whole}; a part past the whole is cut at its end. A zero whole draws nothing. */
    public static StackedBar of(Money whole, List<String> styles, List<Money> parts) {
        return of(whole, styles, parts, null);
    }

    /**
     * The parts of {@code whole}, with a vertical line at {@code markAt} (e.g. a minimum to reach; null: none).
     */
    public static StackedBar of(Money whole, List<String> styles, List<Money> parts, Money markAt) {
        List<Segment> segments = new ArrayList<>();
        if (!whole.isPositive()) {
            return new StackedBar(segments, null);
        }
        BigDecimal start = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal width = parts.get(i).percentOf(whole).min(HUNDRED.subtract(start)).max(BigDecimal.ZERO);
            if (width.signum() > 0) {
                segments.add(new Segment(styles.get(i), start.toPlainString(), width.toPlainString()));
            }
            start = start.add(width);
        }
        return new StackedBar(segments, markAt == null ? null : markAt.percentOf(whole).min(HUNDRED).toPlainString());
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
