package pe.rutas.export;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar years, e.g. the age of the evidence in an exported frame. Years are read
 * from period texts as the data prints them ("2009–2010", "Dec 2009 - Dec 2010", "2012") and from
 * source years; anything that is not a four-digit year from 1900 to 2099 is ignored.
 */
public record YearRange(int from, int to) {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    public YearRange {
        if (from > to) throw new IllegalArgumentException("from > to: " + from + " > " + to);
    }

    /** The smallest range holding every year found; empty if none. */
    public static Optional<YearRange> of(Collection<String> periodTexts, Collection<Integer> years) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (String p : periodTexts) {
            if (p == null) continue;
            Matcher m = YEAR.matcher(p);
            while (m.find()) {
                int y = Integer.parseInt(m.group());
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        for (Integer y : years) {
            if (y == null) continue;
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        return min <= max ? Optional.of(new YearRange(min, max)) : Optional.empty();
    }

    /** "2011" or "2003–2013" (en dash). */
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
