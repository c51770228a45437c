package org.readout.extract.header;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.knowledge.Outlets;
import org.readout.extract.text.Whitespace;
import org.readout.extract.zone.Zone;
import org.readout.extract.zone.ZoneKind;
import org.readout.extract.zone.Zones;

/**
 * Names the publisher from the places where pages name it: the dateline's agency ("(Xinhua)", "/TASS/"), the
 * credit that closes the story ("— Bernama", "(ILKHA)", "Source: UzA"), the page's header (a byline "ANI |
 * Updated: ...", a masthead, a headline's " — MercoPress"), a "Source:" line, the outlet reporting in its own
 * name ("Ukrinform reports"), the page's address, a "VGP - " prefix, boilerplate that only one outlet prints.
 * Photo credits and quoted sources ("Kyodo News reported") are not the publisher and are not read. A credit may
 * name an outlet the knowledge does not list; its name is kept.
 */
final class OutletFinder {
    /** The publisher: a known outlet (or null) and its name as a reader would give it. */
    record Publisher(Outlet outlet, String name) {
    }

    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s*(?:/|\\s-\\s|,)\\s*");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile(
            "\\s*(?:[|•·・/»>【】]|\\s[-–—]\\s?|[-–—]\\s|:\\s|:$|,\\s|\\s{2,}|\\t|\\(|\\)|\\[|\\])\\s*");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s[-–—|]\\s*([^-–—|]{2,40})$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?im)^[ \\t]*+(?:source|nguồn|via)[ \\t]*+:[ \\t]*+([^|\\n]+)");
    private static final Pattern INLINE_SOURCE = Pattern.compile("\\((?i:source|sources)\\s*:\\s*([^()\\n]{2,40})\\)");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^\\(?\\s*(?i:source|sources|nguồn|fuente|fonte|quelle|источник|来源|出典)\\s*[:：]\\s*");
    // The outlet speaking in its own name: "Ukrinform reports", "Kazinform has learned from ...", "Graphic Online's
    // presidential correspondent", "Как передает Azerbaycan 24". The verb is found first, then the name beside it.
    private static final Pattern SELF_REPORT_VERB = Pattern.compile(
            "\\s(?:reports|has learned|has learnt)\\b|['’]s\\s(?:\\p{Ll}+\\s){0,2}correspondent|[Кк]ак\\s(?:передает|передаёт|сообщает)\\s");
    private static final Pattern NAME_AT_END = Pattern.compile(
            "(?<![\\p{L}\\d.&-])\\p{Lu}[\\p{L}\\d.&-]*+(?:\\s\\p{Lu}[\\p{L}\\d.&-]*+){0,3}$");
    private static final Pattern NAME_AT_START = Pattern.compile("^\\p{L}[\\p{L}\\d]*+(?:\\s[\\p{Lu}\\d][\\p{L}\\d]*+){0,3}");
    private static final int NAME_REACH = 60;
    private static final Pattern LINE_PREFIX = Pattern.compile("(?m)^[ \\t]*+\\(?([\\p{Lu}\\d][\\p{L}\\d.]{1,12})\\)?\\s?[-–—]\\s?\\S");
    // "【明報專訊】", "中新網(wǎng)5月13日電": a Chinese page's agency mark before the story.
    private static final Pattern HAN_PREFIX = Pattern.compile(
            "(?m)^[ \\t]*+(?:【([^】\\n]{2,12})】|(\\p{IsHan}{2,8}?)(?:\\([^)\\n]{0,20}\\))?\\d{1,2}月\\d{1,2}日[电電])");
    private static final Pattern MASTHEAD_SEGMENT = Pattern.compile("\\s{2,}|\\t");
    // A run of capitalised words, particles allowed inside: "Gazeta do Povo", "Thomson Reuters".
    private static final Pattern CAPITALISED_NAME = Pattern.compile(
            "(?<![\\p{L}\\d.&'’-])\\p{Lu}[\\p{L}\\d.&'’-]*+(?:\\s(?:(?:of|the|and|do|da|de|di|du|del|des|la|le|y)\\s)?\\p{Lu}[\\p{L}\\d.&'’-]*+){0,3}");
    private static final Pattern NAME = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.&'’-]*+(?:\\s\\p{Lu}[\\p{L}\\d.&'’-]*+){0,3}");
    private static final List<String> NOT_A_NAME = List.of("END", "AP Photo", "Photo", "File");
    private static final int HEADER_LINES = 12;
    /** Bylines and date lines this far into the story (after a standfirst) are still the page's header. */
    private static final int STORY_REACH = 3;
    private static final int NAME_WORDS = 4;

    private final Outlets outlets;

    OutletFinder(Outlets outlets) {
        this.outlets = outlets;
    }

    Optional<Publisher> find(String text, List<String> lines, Dateline dateline, Zones zones) {
        return fromDateline(dateline)
                .or(() -> fromCredits(text, zones))
                .or(() -> fromHeader(text, zones))
                .or(() -> fromSourceLines(text))
                .or(() -> fromSelfReports(text))
                .or(() -> fromHosts(text))
                .or(() -> fromMastheads(lines))
                .or(() -> fromLinePrefixes(text))
                .or(() -> fromHanPrefixes(text))
                .or(() -> fromMarkers(text))
                .or(() -> fromFooter(text, zones))
                .or(() -> unlisted(text, dateline, zones));
    }

    // "(UrduPoint News / Sputnik - 09th September, 2020)": the last outlet named is the originator.
    private Optional<Publisher> fromDateline(Dateline dateline) {
        if (dateline == null || dateline.outletText() == null) {
            return Optional.empty();
        }
        Optional<Publisher> found = Optional.empty();
        for (String part : OUTLET_SEPARATOR.split(dateline.outletText())) {
            Optional<Publisher> p = named(part.strip());
            if (p.isPresent()) {
                found = p;
            }
        }
        return found;
    }

    // "— Bernama", "(ILKHA)", "Source: UzA", "MAP: 15 December 2023", and "(Source: 1News)" inside the story.
    private Optional<Publisher> fromCredits(String text, Zones zones) {
        for (Zone z : credits(zones)) {
            String credit = CREDIT_LABEL.matcher(z.text(text)).replaceFirst("");
            Optional<Publisher> p = inSegments(credit).or(() -> inNames(credit));
            if (p.isPresent()) {
                return p;
            }
        }
        Matcher m = INLINE_SOURCE.matcher(text);
        while (m.find()) {
            Optional<Publisher> p = named(m.group(1).strip());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    // End credits, and bylines and date lines after the story ("MAP: 15 December 2023").
    private static List<Zone> credits(Zones zones) {
        List<Zone> all = zones.zones();
        int lastStory = -1;
        for (int i = 0; i < all.size(); i++) {
            lastStory = all.get(i).kind() == ZoneKind.STORY ? i : lastStory;
        }
        List<Zone> credits = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ZoneKind k = all.get(i).kind();
            if (k == ZoneKind.END_CREDIT || i > lastStory && lastStory >= 0 && (k == ZoneKind.BYLINE || k == ZoneKind.DATE_LINE)) {
                credits.add(all.get(i));
            }
        }
        return credits;
    }

    // Bylines, date lines, mastheads and headline suffixes before the story: "ANI | Updated: ...", "• Kyodo",
    // "28 May 2019 [14:49] - TODAY.AZ", "Milei holds meetings ... — MercoPress", "Welcome to Africanews".
    private Optional<Publisher> fromHeader(String text, Zones zones) {
        int stories = 0;
        for (Zone z : zones.zones()) {
            if (z.kind() == ZoneKind.STORY && ++stories > STORY_REACH) {
                break;
            }
            if (z.kind() == ZoneKind.CAPTION || z.kind() == ZoneKind.STORY
                    || stories > 0 && z.kind() != ZoneKind.BYLINE && z.kind() != ZoneKind.DATE_LINE) {
                continue;
            }
            String s = z.text(text);
            Optional<Publisher> p = z.kind() == ZoneKind.TITLE ? titleSuffix(s)
                    : inSegments(s).or(() -> inSegmentEdges(s)).or(() -> z.kind() == ZoneKind.BYLINE ? inNames(s) : Optional.empty());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    // "Milei holds meetings with Meloni and Mattarella in Rome — MercoPress": the site's name after the headline. What
    // a headline opens with ("White House: Biden will ...") is its source, not the page's, and so is a government
    // after it ("Putin Holds Phone Conversation With Ramaphosa - Kremlin").
    private Optional<Publisher> titleSuffix(String title) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        return m.find() ? named(m.group(1).strip()).filter(p -> !"government".equals(p.outlet().kind())) : Optional.empty();
    }

    private Optional<Publisher> fromSourceLines(String text) {
        Matcher m = SOURCE_LINE.matcher(text);
        while (m.find()) {
            String value = m.group(1).strip();
            Optional<Publisher> p = named(value).or(() -> firstHost(value));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> fromSelfReports(String text) {
        if (!text.contains("report") && !text.contains("learn") && !text.contains("correspondent") && !text.contains("ак ")) {
            return Optional.empty();
        }
        Matcher m = SELF_REPORT_VERB.matcher(text);
        while (m.find()) {
            boolean nameAfter = m.group().startsWith("как") || m.group().startsWith("Как");
            Matcher name = nameAfter
                    ? NAME_AT_START.matcher(text).region(m.end(), Math.min(text.length(), m.end() + NAME_REACH))
                    : NAME_AT_END.matcher(text).region(Math.max(0, m.start() - NAME_REACH), m.start());
            if (name.find()) {
                Optional<Publisher> p = nameAfter ? atStart(name.group()) : atEnd(name.group());
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> fromHosts(String text) {
        return firstHost(text);
    }

    private Optional<Publisher> firstHost(String text) {
        for (String host : Hosts.find(text)) {
            Optional<Outlet> o = outlets.byHost(host);
            if (o.isPresent()) {
                return Optional.of(new Publisher(o.get(), o.get().name()));
            }
        }
        return Optional.empty();
    }

    // A line that is only the outlet's name, or a segment of the first lines set apart by wide spacing.
    private Optional<Publisher> fromMastheads(List<String> lines) {
        for (String line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
            for (String segment : MASTHEAD_SEGMENT.split(line.strip())) {
                Optional<Publisher> p = named(segment.strip());
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    // "VGP - Vietnamese Minister ...", "KBC-survey-feedback-poster": a line that opens with the outlet's tag.
    private Optional<Publisher> fromLinePrefixes(String text) {
        Matcher m = LINE_PREFIX.matcher(text);
        while (m.find()) {
            Optional<Publisher> p = named(m.group(1));
            if (p.isPresent() && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT))) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> fromHanPrefixes(String text) {
        Matcher m = HAN_PREFIX.matcher(text);
        while (m.find()) {
            Optional<Publisher> p = named(m.group(1) != null ? m.group(1) : m.group(2));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> fromMarkers(String text) {
        return outlets.markedIn(text).map(o -> new Publisher(o, o.name()));
    }

    // The page's furniture after the story: "Download the ERR News app ...", "Crédito Gazeta do Povo".
    private Optional<Publisher> fromFooter(String text, Zones zones) {
        boolean afterStory = false;
        for (Zone z : zones.zones()) {
            afterStory |= z.kind() == ZoneKind.STORY;
            if (afterStory && z.kind() == ZoneKind.BOILERPLATE) {
                Optional<Publisher> p = inNames(z.text(text));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    // A credit or dateline agency the knowledge does not list: its name as written. A credit after a dash or in
    // brackets is one word ("— Bernama", "(ILKHA)"); a longer one is a section's name ("- Foreign Meetings").
    private Optional<Publisher> unlisted(String text, Dateline dateline, Zones zones) {
        for (Zone z : zones.of(ZoneKind.END_CREDIT)) {
            String written = z.text(text);
            String credit = CREDIT_LABEL.matcher(written).replaceFirst("").replaceAll("^[-–—(\\s]+|[)\\s.]+$", "");
            boolean labelled = CREDIT_LABEL.matcher(written).find();
            if (isName(credit) && (labelled || Whitespace.RUNS.split(credit).length == 1)) {
                return Optional.of(new Publisher(null, credit));
            }
        }
        Matcher m = INLINE_SOURCE.matcher(text);
        if (m.find() && isName(m.group(1).strip())) {
            return Optional.of(new Publisher(null, m.group(1).strip()));
        }
        if (dateline != null && dateline.outletText() != null) {
            String agency = OUTLET_SEPARATOR.split(dateline.outletText())[0].strip();
            if (isName(agency)) {
                return Optional.of(new Publisher(null, agency));
            }
        }
        return Optional.empty();
    }

    private static boolean isName(String s) {
        return NAME.matcher(s).matches() && Whitespace.RUNS.split(s).length <= NAME_WORDS && !NOT_A_NAME.contains(s);
    }

    // A credit in brackets names the distributor first and the originator last: "(MENAFN- African Press Organization)".
    private Optional<Publisher> inSegments(String s) {
        List<Publisher> found = Arrays.stream(SEGMENT_SEPARATOR.split(s)).map(String::strip).filter(x -> !x.isEmpty())
                .map(this::named).flatMap(Optional::stream).toList();
        return named(s.strip()).or(() -> found.isEmpty() ? Optional.empty()
                : Optional.of(s.strip().startsWith("(") ? found.get(found.size() - 1) : found.get(0)));
    }

    // "Welcome to Africanews", "Info 7 Logo": an outlet's name opening or closing a header segment.
    private Optional<Publisher> inSegmentEdges(String s) {
        for (String segment : SEGMENT_SEPARATOR.split(s)) {
            String[] words = Whitespace.RUNS.split(segment.strip());
            for (int n = Math.min(NAME_WORDS, words.length - 1); n >= 1; n--) {
                String first = String.join(" ", Arrays.copyOfRange(words, 0, n));
                Optional<Publisher> p = capitalised(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)))
                        .or(() -> capitalised(first));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    // Capitalised runs of a footer line that name an outlet: "Download the ERR News app for Android".
    private Optional<Publisher> inNames(String s) {
        Matcher m = CAPITALISED_NAME.matcher(POSSESSIVE.matcher(s).replaceAll(""));
        while (m.find()) {
            Optional<Publisher> p = atEnd(m.group()).or(() -> atStart(m.group()));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> atEnd(String name) {
        String[] words = Whitespace.RUNS.split(name);
        for (int n = Math.min(NAME_WORDS, words.length); n >= 1; n--) {
            Optional<Publisher> p = capitalised(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> atStart(String name) {
        String[] words = Whitespace.RUNS.split(name);
        for (int n = Math.min(NAME_WORDS, words.length); n >= 1; n--) {
            Optional<Publisher> p = capitalised(String.join(" ", Arrays.copyOfRange(words, 0, n)));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Publisher> capitalised(String name) {
        return name.length() >= 3 && Character.isUpperCase(name.codePointAt(0)) ? named(name) : Optional.empty();
    }

    private Optional<Publisher> named(String asWritten) {
        return outlets.byName(asWritten).map(o -> new Publisher(o, o.name()));
    }
}
