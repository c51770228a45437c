package org.readout.extract.perspective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Outlet;

/**
 * Finds the government sources a text gives for its account and whose they are: "the presidential press service
 * reported", "said a statement by the presidency", "according to the Ministry of Foreign Affairs", "the Russian
 * presidency said in a statement", "according to Seoul's foreign ministry", "the Kremlin said". A source the text
 * does not tie to a state ("the presidency") is found without one.
 */
final class CitedSources {
    /** A cited source and the state it speaks for (null when the text does not say). */
    record Source(String country, int start) {
    }

    // A clause that passes on what someone said: the source is near it.
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*(?:official|the)\\s*$");
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:according to|said|says|stated|reported|reports|announced|statement|readout|press release|quoted)\\b");
    private static final Pattern BODY = Pattern.compile(
            "(?i)\\b(?:(?:foreign|external affairs|defen[cs]e) ministry|ministry of (?:foreign|external) affairs"
            + "|foreign office|presidency|presidential (?:press service|press office|office|administration|palace)"
            + "|president['’]?s (?:office|press service|media division)|prime minister['’]?s office|royal (?:palace|court)"
            + "|press service|government spokes(?:man|person|woman))\\b");
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{M}.&'’-])\\p{Lu}[\\p{L}\\p{M}.&'’-]*+(?:\\s(?:of\\s)?\\p{Lu}[\\p{L}\\p{M}.&'’-]*+){0,4}|\\bNumber 10\\b");
    private static final Pattern OF_PLACE = Pattern.compile("^\\s(?:of|in)\\s(?:the\\s)?(\\p{Lu}[\\p{L}\\p{M}'’ ]{2,40})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    private static final int CUE_REACH = 120;
    private static final int QUALIFIER_REACH = 40;

    private final Knowledge knowledge;
    private final CountryForms forms;

    CitedSources(Knowledge knowledge, CountryForms forms) {
        this.knowledge = knowledge;
        this.forms = forms;
    }

    List<Source> find(String text) {
        List<Source> found = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        int done = 0;
        while (cue.find()) {
            int from = Math.max(done, windowStart(text, cue.start()));
            int to = windowEnd(text, cue.end());
            if (from >= to) {
                continue;
            }
            sources(text, from, to, found);
            done = to;
        }
        return found;
    }

    private void sources(String text, int from, int to, List<Source> found) {
        Matcher body = BODY.matcher(text).region(from, to);
        while (body.find()) {
            String before = text.substring(Math.max(from, body.start() - QUALIFIER_REACH), body.start());
            Optional<String> side = forms.atEnd(TRAILING_QUALIFIER.matcher(before).replaceAll(""))
                    .or(() -> after(text.substring(body.end(), to)));
            found.add(new Source(side.orElse(null), body.start()));
        }
        Matcher name = NAME.matcher(text).region(from, to);
        while (name.find()) {
            named(name.group()).ifPresent(o -> found.add(new Source(o.country(), name.start())));
        }
        found.sort(java.util.Comparator.comparingInt(Source::start));
    }

    // "The Foreign Ministry in Tokyo", "the Ministry of Foreign Affairs of Japan".
    private Optional<String> after(String rest) {
        Matcher m = OF_PLACE.matcher(rest);
        return m.find() ? forms.within(m.group(1), null) : Optional.empty();
    }

    // A government publisher named as the source: "the State Department", "the Kremlin". State media cited by others
    // ("China's state news agency Xinhua reported") leave the account the reporter's.
    private Optional<Outlet> named(String name) {
        String[] words = name.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            Optional<Outlet> o = knowledge.outlets().byName(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            if (o.isPresent() && o.get().country() != null && "government".equals(o.get().kind())) {
                return o;
            }
        }
        return Optional.empty();
    }

    private static int windowStart(String text, int at) {
        int start = Math.max(0, at - CUE_REACH);
        int cut = start;
        Matcher m = SENTENCE_END.matcher(text).region(start, at);
        while (m.find()) {
            cut = m.end();
        }
        return cut;
    }

    private static int windowEnd(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text).region(at, Math.min(text.length(), at + CUE_REACH));
        return m.find() ? m.start() : Math.min(text.length(), at + CUE_REACH);
    }
}
