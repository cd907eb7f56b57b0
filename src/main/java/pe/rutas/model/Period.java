package pe.rutas.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of calendar years a piece of evidence covers, for the period filter (issue 8).
 * Inclusive on both ends; {@code from <= to}.
 */
public record Period(int from, int to) {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    public Period {
        if (from > to) {
            throw new IllegalArgumentException("period from " + from + " is after " + to);
        }
    }

    public static Period of(int year) {
        return new Period(year, year);
    }

    /**
     * Reads the years out of a period as the data files write it ("Dec 2009 – Dec 2010",
     * "2012 (the article's 'last year')", "two years to June 2013"): the earliest and latest
     * four-digit year mentioned. Empty when the text names no year.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        return min == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Period(min, max));
    }

    public boolean overlaps(Period other) {
        return from <= other.to && other.from <= to;
    }

    /** "2009–2010", or "2013" for a single year. */
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
