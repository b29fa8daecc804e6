package uk.openband.framework.scoring;

import uk.openband.platform.Excerpt;
import uk.openband.common.SettingCategory;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns domain levels into a total, a band and an amount, with a trace a person can read.
 *
 * <p>Rules: a domain left out is at its lowest level; an area's raw points are the sum of its
 * domains' points; weighted = weight x raw; score = min(cap, weighted), or weighted
 * when there is no cap; the total is the sum of the fundable areas' scores. A domain
 * answered at an exceptional level makes the result exceptional whatever the total. A
 * floor of the setting's bands lifts the band when one fundable area scores high enough.
 * See {@link ScoreResult} for the band outcomes.
 *
 * <p>An instance is immutable and prepared for one framework version and one banding
 * table version (lookups and trace text worked out once); hold one per published pair
 * and share it between threads. The static {@link #score(MatrixFramework, BandingTable,
 * SettingCategory, Map)} reuses the last prepared pair when called with the same objects.
 */
public final class ScoringEngine {

    /** Areas with more level combinations than this are scored afresh each time. */
    private static final long MAX_CACHED_COMBINATIONS = 4096;

    private static volatile ScoringEngine lastPrepared;

    private final MatrixFramework framework;
    private final BandingTable table;
    private final PreparedArea[] areas;
    private final Map<String, PreparedDomain> domainsByCode;
    private final int domainCount;
    /** The domains that have an exceptional level, in framework order. */
    private final PreparedDomain[] exceptionalDomains;
    private final EnumMap<SettingCategory, BandLookup> bands = new EnumMap<>(SettingCategory.class);

    /**
     * Prepares an engine for this framework version and banding table version.
     *
     * @throws ScoringException if the table is not for this framework version
     */
    public ScoringEngine(MatrixFramework framework, BandingTable table) {
        this.framework = Objects.requireNonNull(framework, "framework");
        this.table = Objects.requireNonNull(table, "table");
        if (!table.appliesTo(framework)) {
            throw new ScoringException("banding", "framework.refused.score.bandingNotFor", table.key(), table.version(),
                    framework.key(), framework.version());
        }
        this.areas = new PreparedArea[framework.areas().size()];
        this.domainsByCode = new HashMap<>();
        int index = 0;
        for (int a = 0; a < areas.length; a++) {
            Area area = framework.areas().get(a);
            PreparedDomain[] domains = new PreparedDomain[area.domains().size()];
            for (int d = 0; d < domains.length; d++) {
                domains[d] = new PreparedDomain(area.domains().get(d), index++);
                domainsByCode.put(domains[d].code, domains[d]);
            }
            areas[a] = new PreparedArea(area, domains);
        }
        this.domainCount = index;
        this.exceptionalDomains = domainsByCode.values().stream().filter(d -> d.anyExceptional)
                .sorted(java.util.Comparator.comparingInt(d -> d.index)).toArray(PreparedDomain[]::new);
        for (SettingBands setting : table.settings()) {
            if (!setting.bands().isEmpty()) {
                bands.put(setting.category(), new BandLookup(setting));
            }
        }
    }

    /**
     * Scores one assessment.
     *
     * @param levels domain code to level; domains left out are at their lowest level
     * @throws ScoringException naming the field at fault (an unknown domain, a level the
     *     domain lacks, a setting category the table has no bands for)
     */
    public static ScoreResult score(MatrixFramework framework, BandingTable table, SettingCategory category,
            Map<String, Integer> levels) {
        return prepared(framework, table).score(category, levels);
    }

    /** The engine for this pair, reusing the last one prepared when it is for the same objects. */
    public static ScoringEngine prepared(MatrixFramework framework, BandingTable table) {
        ScoringEngine last = lastPrepared;
        if (last != null && last.framework == framework && last.table == table) {
            return last;
        }
        ScoringEngine engine = new ScoringEngine(framework, table);
        lastPrepared = engine;
        return engine;
    }

    public MatrixFramework framework() {
        return framework;
    }

    public BandingTable table() {
        return table;
    }

    /**
     * Scores one assessment against this engine's framework and table.
     *
     * @param levels domain code to level; domains left out are at their lowest level
     * @throws ScoringException naming the field at fault
     */
    public ScoreResult score(SettingCategory category, Map<String, Integer> levels) {
        if (category == null) {
            throw new ScoringException("settingCategory", "framework.refused.score.categoryMissing");
        }
        BandLookup lookup = bands.get(category);
        if (lookup == null) {
            throw new ScoringException("settingCategory", "framework.refused.score.noBands", table.key(), table.version(),
                    category.labelInSentence());
        }
        int[] chosen = chosenLevels(levels == null ? Map.of() : levels);
        AreaScore[] scores = new AreaScore[areas.length];
        String[] trace = new String[areas.length + 1];
        BigDecimal total = BigDecimal.ZERO;
        for (int a = 0; a < areas.length; a++) {
            PreparedArea area = areas[a];
            AreaOutcome outcome = area.outcome(chosen);
            scores[a] = outcome.score;
            trace[a] = outcome.line;
            if (area.fundable) {
                total = total.add(outcome.score.score());
            }
        }
        total = norm(total);
        PreparedDomain first = null;
        int count = 0;
        for (PreparedDomain domain : exceptionalDomains) {
            if (domain.exceptional[chosen[domain.index]]) {
                first = first == null ? domain : first;
                count++;
            }
        }
        if (first != null) {
            int offset = chosen[first.index];
            return BandLookup.exceptional(total, total.toPlainString(), scores, trace,
                    count == 1 ? first.reasonText[offset] : exceptionalReason(chosen), first.whichText[offset]);
        }
        return lookup.result(total, total.toPlainString(), scores, trace);
    }

    private String exceptionalReason(int[] chosen) {
        StringBuilder because = new StringBuilder();
        for (PreparedDomain domain : exceptionalDomains) {
            int offset = chosen[domain.index];
            if (domain.exceptional[offset]) {
                because.append(because.length() == 0 ? "" : "; ").append(domain.reasonText[offset]);
            }
        }
        return because.toString();
    }

    private int[] chosenLevels(Map<String, Integer> levels) {
        int[] chosen = new int[domainCount];
        for (Map.Entry<String, Integer> entry : levels.entrySet()) {
            String code = entry.getKey();
            if (code == null) {
                throw new ScoringException("levels", "framework.refused.score.codeMissing");
            }
            PreparedDomain domain = domainsByCode.get(code);
            if (domain == null) {
                throw new ScoringException("levels." + Excerpt.of(code), "framework.refused.score.unknownDomain",
                        Excerpt.of(code));
            }
            Integer level = entry.getValue();
            if (level == null) {
                throw new ScoringException("levels." + code, "framework.refused.score.levelMissing", code);
            }
            if (!domain.hasLevel(level)) {
                throw new ScoringException("levels." + code, "framework.refused.score.noLevel", code, level,
                        domain.rangeText);
            }
            chosen[domain.index] = level - domain.min;
        }
        return chosen;
    }

    /** Normalises a decimal cheaply when it is already whole. */
    static BigDecimal norm(BigDecimal value) {
        return value.scale() == 0 ? value : Decimals.normalise(value);
    }

    /** An area's score with its trace line. */
    private static final class AreaOutcome {
        final AreaScore score;
        final String line;

        AreaOutcome(AreaScore score, String line) {
            this.score = score;
            this.line = line;
        }
    }

    /**
     * A domain with its points, their text and whether each level is exceptional, by offset
     * from the lowest level ({@code level - min}); offset 0 is what an unanswered domain counts as.
     */
    private static final class PreparedDomain {
        final String code;
        final String name;
        final int index;
        final int min;
        final BigDecimal[] points;
        final String[] pointsText;
        final boolean[] exceptional;
        final boolean anyExceptional;
        /** Per exceptional level, the words of the trace and of the result's {@code exceptionalLevel}. */
        final String[] reasonText;
        final String[] whichText;
        final String rangeText;

        PreparedDomain(Domain domain, int index) {
            this.code = domain.code();
            this.name = domain.name();
            this.index = index;
            this.min = Math.max(0, domain.minLevel());
            int max = Math.max(min, domain.maxLevel());
            this.points = new BigDecimal[max - min + 1];
            this.pointsText = new String[points.length];
            this.exceptional = new boolean[points.length];
            boolean any = false;
            for (Level level : domain.levels()) {
                if (level.level() >= min) {
                    points[level.level() - min] = level.points();
                    pointsText[level.level() - min] = Decimals.text(level.points());
                    exceptional[level.level() - min] = level.exceptional();
                    any |= level.exceptional();
                }
            }
            if (points[0] == null) {
                points[0] = BigDecimal.ZERO;
                pointsText[0] = "0";
            }
            this.anyExceptional = any;
            this.reasonText = new String[points.length];
            this.whichText = new String[points.length];
            for (int i = 0; i < points.length; i++) {
                if (exceptional[i]) {
                    reasonText[i] = name + " (" + code + ") is at level " + (min + i) + ", an exceptional level";
                    whichText[i] = name + " (" + code + ") at level " + (min + i);
                }
            }
            this.rangeText = "levels " + min + " to " + max;
        }

        boolean hasLevel(int level) {
            int offset = level - min;
            return offset >= 0 && offset < points.length && points[offset] != null;
        }
    }

    /** An area with its fixed numbers and trace text worked out once. */
    private static final class PreparedArea {
        final String code;
        final String name;
        final BigDecimal weight;
        final BigDecimal cap;
        final boolean fundable;
        final BigDecimal maxScore;
        final PreparedDomain[] domains;
        final String prefix;
        final String weightText;
        final String capText;
        /** Outcomes by combination of the area's domain levels, filled as they are first met. */
        final AreaOutcome[] outcomes;
        final int[] strides;

        PreparedArea(Area area, PreparedDomain[] domains) {
            this.code = area.code();
            this.name = area.name();
            this.weight = area.weight();
            this.cap = area.cap();
            this.fundable = area.fundable();
            this.maxScore = area.maxScore();
            this.domains = Arrays.copyOf(domains, domains.length);
            this.prefix = fundable ? name + ": " : name + " (recorded, not funded): ";
            this.weightText = " x " + Decimals.text(weight) + " = ";
            this.capText = cap == null ? null : ", capped at " + Decimals.text(cap);
            this.strides = new int[domains.length];
            long combinations = 1;
            for (int d = 0; d < domains.length; d++) {
                strides[d] = (int) Math.min(combinations, Integer.MAX_VALUE);
                combinations *= domains[d].points.length;
            }
            this.outcomes = combinations <= MAX_CACHED_COMBINATIONS ? new AreaOutcome[(int) combinations] : null;
        }

        /**
         * The area's outcome for these levels. An area's outcome depends only on its own
         * domains' levels, so it is worked out once per combination and reused. The cache
         * holds immutable objects with final fields only, so a racy read is safe: at worst
         * two threads work out the same outcome.
         */
        AreaOutcome outcome(int[] chosen) {
            if (outcomes == null) {
                return compute(chosen);
            }
            int index = 0;
            for (int d = 0; d < domains.length; d++) {
                index += chosen[domains[d].index] * strides[d];
            }
            AreaOutcome outcome = outcomes[index];
            if (outcome == null) {
                outcome = compute(chosen);
                outcomes[index] = outcome;
            }
            return outcome;
        }

        private AreaOutcome compute(int[] chosen) {
            StringBuilder line = new StringBuilder(80).append(prefix);
            BigDecimal raw = BigDecimal.ZERO;
            for (int d = 0; d < domains.length; d++) {
                PreparedDomain domain = domains[d];
                int level = chosen[domain.index];
                raw = raw.add(domain.points[level]);
                if (domains.length > 1) {
                    if (d > 0) {
                        line.append(" + ");
                    }
                    line.append(domain.pointsText[level]);
                }
            }
            raw = norm(raw);
            String rawText = raw.toPlainString();
            if (domains.length > 1) {
                line.append(" = ");
            }
            line.append(rawText).append(raw.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
            BigDecimal weighted = norm(raw.multiply(weight));
            boolean capped = cap != null && weighted.compareTo(cap) > 0;
            BigDecimal score = capped ? cap : weighted;
            if (fundable) {
                line.append(weightText).append(weighted.toPlainString());
                if (capped) {
                    line.append(capText);
                }
            }
            return new AreaOutcome(new AreaScore(code, name, raw, weight, weighted, cap, capped, fundable, score,
                    maxScore), line.toString());
        }
    }
}
