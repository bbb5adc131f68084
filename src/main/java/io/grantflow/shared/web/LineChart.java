package io.grantflow.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lines over a row of labelled steps (e.g. months), drawn as server-side SVG ({@code tags/lineChart.html}) in a
 * {@value #WIDTH} × {@value #HEIGHT} view box: each line's points, the labels under the steps (at most
 * {@value #MAX_X_TICKS} of them) and three value ticks (zero, half, top). The numbers stand in a table beside it.
 */
public record LineChart(List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    static final int LEFT = 112;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 32;
    static final int MAX_X_TICKS = 6;

    /** One line: its CSS class, the points as SVG wants them ("x,y x,y"), and each point for its marker. */
    public record Line(String style, String points, List<Point> markers) {
    }

    public record Point(String x, String y) {
    }

    /** A label at a position along its axis (x for the steps, y for the values). */
    public record Tick(String at, String label) {
    }

    /**
     * Lines of {@code values} (one list per line, one value per step of {@code steps}), styled by {@code styles};
     * {@code valueLabel} writes a value on the value axis, which runs from zero to the largest value.
     */
    public static LineChart of(List<String> steps, List<String> styles, List<List<BigDecimal>> values,
                               Function<BigDecimal, String> valueLabel) {
        BigDecimal top = values.stream().flatMap(List::stream).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (top.signum() <= 0) {
            top = BigDecimal.ONE;
        }
        List<Line> lines = new ArrayList<>();
        for (int l = 0; l < values.size(); l++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < values.get(l).size(); i++) {
                points.add(new Point(x(i, steps.size()), y(values.get(l).get(i), top)));
            }
            lines.add(new Line(styles.get(l), String.join(" ", points.stream().map(p -> p.x() + "," + p.y()).toList()),
                    points));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (steps.size() + MAX_X_TICKS - 1) / MAX_X_TICKS);
        for (int i = 0; i < steps.size(); i += every) {
            xTicks.add(new Tick(x(i, steps.size()), steps.get(i)));
        }
        BigDecimal half = top.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        List<Tick> yTicks = List.of(new Tick(y(BigDecimal.ZERO, top), valueLabel.apply(BigDecimal.ZERO)),
                new Tick(y(half, top), valueLabel.apply(half)), new Tick(y(top, top), valueLabel.apply(top)));
        return new LineChart(lines, xTicks, yTicks);
    }

    /** A step's position, to a tenth of a pixel (exact arithmetic: the chart never turns an amount into a double). */
    private static String x(int step, int steps) {
        BigDecimal width = BigDecimal.valueOf(WIDTH - LEFT - RIGHT);
        BigDecimal at = steps <= 1 ? width.divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
                : width.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(steps - 1L), 1, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(LEFT).add(at).toPlainString();
    }

    /** A value's height on the axis from zero to {@code top}, to a tenth of a pixel. */
    private static String y(BigDecimal value, BigDecimal top) {
        BigDecimal height = BigDecimal.valueOf(HEIGHT - TOP - BOTTOM);
        BigDecimal up = height.multiply(value).divide(top, 1, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(TOP).add(height).subtract(up).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The left edge of the plot, where the value labels end (for the template). */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
