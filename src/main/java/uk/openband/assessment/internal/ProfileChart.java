package uk.openband.assessment.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import uk.openband.framework.scoring.AreaScore;

/**
 * The pupil's profile of needs as a radar chart: one spoke per area, the area's score as a share
 * of the most it can score. Drawn on the server as SVG with presentation attributes only (no
 * inline style, for the Content Security Policy), with a title and description for screen readers;
 * the page shows the same numbers in a table beside it.
 */
public final class ProfileChart {

    private static final int SIZE = 320;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 110;

    private ProfileChart() {
    }

    public static String svg(List<AreaScore> areas, String title, String description) {
        int n = areas.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"profile-title profile-desc\" class=\"ob-profile\">")
                .append("<title id=\"profile-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"profile-desc\">").append(escape(description)).append("</desc>");
        if (n < 3) {
            return svg.append("</svg>").toString();
        }
        for (int ring = 1; ring <= 4; ring++) {
            double share = ring / 4.0;
            svg.append(polygon(n, i -> share, "none", "#b1b4b6", 1));
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, 1.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\"/>",
                    CENTRE, CENTRE, end[0], end[1]));
        }
        svg.append(polygon(n, i -> share(areas.get(i)), "#1d70b8", "#1d70b8", 3)
                .replace("fill=\"#1d70b8\"", "fill=\"#1d70b8\" fill-opacity=\"0.25\""));
        for (int i = 0; i < n; i++) {
            double[] label = point(i, n, 1.2);
            String anchor = label[0] < CENTRE - 5 ? "end" : label[0] > CENTRE + 5 ? "start" : "middle";
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"13\" font-family=\"GDS Transport, arial, sans-serif\" fill=\"#0b0c0c\">%s</text>",
                    label[0], label[1] + 4, anchor, escape(areas.get(i).code())));
        }
        return svg.append("</svg>").toString();
    }

    /** The area's score as a share (0 to 1) of its maximum; a non-fundable area by its raw points. */
    static double share(AreaScore area) {
        BigDecimal max = area.maxScore();
        if (max == null || max.signum() == 0) {
            return 0;
        }
        BigDecimal value = area.fundable() ? area.score() : area.rawPoints();
        double share = value.divide(max, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, Math.min(1, share));
    }

    private interface Radius {
        double at(int i);
    }

    private static String polygon(int n, Radius radius, String fill, String stroke, int width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, radius.at(i));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        return "<polygon points=\"" + points.toString().trim() + "\" fill=\"" + fill + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + width + "\"/>";
    }

    private static double[] point(int i, int n, double share) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {CENTRE + Math.cos(angle) * RADIUS * share, CENTRE + Math.sin(angle) * RADIUS * share};
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
