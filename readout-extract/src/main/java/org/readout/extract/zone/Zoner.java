package org.readout.extract.zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.readout.extract.text.Fold;
import org.readout.model.Span;

/**
 * Tells the story of a page from what surrounds it, by the shape of each line: the header before
 * the story (headline, bylines and date lines, captions, menus), furniture inside it (headings,
 * captions, share bars, prompts addressed to the reader) and what follows it (end credits, link
 * lists). The story starts at the dateline or at the first line that reads as running text; a text
 * whose story cannot be told apart is left whole.
 */
public final class Zoner {
    /** A dateline this many blocks or fewer after the first running text still opens the story. */
    private static final int DATELINE_REACH = 4;
    private static final int MAX_CAPTION_WORDS = 70;
    private static final int MAX_CREDIT_WORDS = 10;
    private static final int WRAPPED_LINE_WORDS = 6;
    private static final int WRAPPED_RUN = 3;
    private static final int WRAP_WIDTH_SLACK = 20;
    private static final int HEADING_WORDS = 5;
    /** Words a date line may carry besides its dates: "POLITICS", "Tân Hoa xã". */
    private static final int DATE_LINE_LABEL_WORDS = 3;
    private static final int DATED_TAGS_WORDS = 12;
    private static final int MAX_HEADING_WORDS = 20;
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern BULLET = Pattern.compile("^[•·▪►»*>|]|^[-–]\\s");
    // An address starts a run of non-spaces (one inside it would also match from its start), so it is tried only
    // there: tried at every character, a long word without "@" was read again from each of them.
    private static final Pattern URL_OR_EMAIL = Pattern.compile("(?:https?://|www\\.)\\S++|(?<!\\S)[^\\s@]++@[^\\s@]+\\.[a-z]{2,}+");
    private static final Pattern PIPE = Pattern.compile("\\s\\|\\s?|\\s?\\|\\s");
    // Picture credits and captions: "(Photo: AFP)", "Photo: VGP", "Image Credit: ANI", "(Xinhua/Chen Bin)",
    // "| REUTERS", "(3rd L)", "Pool photo / The Yomiuri Shimbun".
    private static final Pattern PICTURE = Pattern.compile(
            "(?i:\\b(?:photo|photograph|image|picture|foto|ảnh|фото|изображение)s?(?:\\s+credit)?\\s*[:/]"
            + "|\\(\\s*(?:file\\s+)?(?:photo|image|foto|ảnh)\\b|\\bphoto\\s+by\\b|/\\s*photo\\b|\\bpool\\s+photo\\b"
            + "|\\bscreen\\s?(?:shot|grab)\\b)"
            + "|\\bPhoto\\s+\\p{Lu}|\\((?:\\d(?:st|nd|rd|th)\\s+)?(?:L|R|C|left|right|centre|center)\\)"
            + "|\\(\\p{Lu}[\\p{L}\\p{M}. -]{0,30}+/\\s?\\p{Lu}[^()/]{1,40}\\)|\\|\\s*\\p{Lu}{3,}+\\s*$|资料图|图片来源");
    private static final List<String> CAPTION_CUES = List.of("(", "|", "photo", "image", "picture", "foto", "ảnh", "фото",
            "изображ", "screen", "资料图", "图片");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:[-–—]+\\s*\\p{Lu}[\\p{L}\\p{M}.&' -]{1,40}|\\(\\s*\\p{Lu}[^()]{1,40}\\)|#(?:\\s*#){2})$");
    // "Source: UzA", "Editor: Wang Qingchu", "(Reporting by ..., Editing by ...)".
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^\\(?(?i:source|sources|nguồn|fuente|fonte|quelle|источник|来源|出典|editor|editing by|reporting by|written by)"
            + "\\s*[:：]?\\s*\\S");
    private static final int MAX_CREDIT_LABEL_WORDS = 40;
    // A credit after the last sentence of a paragraph: "... luncheon. - Bernama", "... in touch. (ILKHA)".
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[.!?”\"’])\\s*+(?:[-–—]\\s*\\p{Lu}[\\p{L}\\p{M}.]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.]*){0,3}|\\(\\p{Lu}[\\p{L}\\p{M} .]{1,30}\\)|\\./\\.)\\s*$");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,4}[-./]\\d{1,2}(?:[-./]\\d{2,4})?(?:T\\d{2}:\\d{2}\\S*)?\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b"
            + "|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}-\\p{Lu}\\p{Ll}{2}-\\d{2}\\b|\\d{2,4}\\s*年|\\d{1,2}\\s*[月日]");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\W*+(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\\.?\\s\\d)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b"
            + "|\\b(?:am|pm|gmt|utc|ist|wib|updated?|published|posted|created|written|write|last|on|at)\\b|\\d+(?:st|nd|rd|th)?|[^\\p{L}\\s]+");
    // "By Eric Nana Yaw Kwafo", "Written By: PSCU", "Sonya Michaella - 18 March 2016 10:43 WIB".
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:(?:written\\s+|posted\\s+|reported\\s+)?by)(?:\\s*+:)?\\s++\\p{Lu}|^\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){1,3}\\s[-–|]\\s\\d");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your)\\b");
    private static final Set<String> SECOND_PERSON_WORDS = Set.of("you", "your");
    private static final Set<String> FIRST_PLURAL_WORDS = Set.of("we", "our", "us");
    private static final int LONGEST_ADDRESS_WORD = Stream.concat(SECOND_PERSON_WORDS.stream(), FIRST_PLURAL_WORDS.stream())
            .mapToInt(String::length).max().orElseThrow();
    private static final Pattern FIRST_SINGULAR = Pattern.compile("\\b(?:I|me|my)\\b");
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\p{Lu}[^:]{1,80}+:(?:\\s|$)");
    private static final Pattern EMBEDDED_POST = Pattern.compile("\\(@\\w++\\)|\\bpic\\.twitter\\.com/");
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
    // "By J. Correspondent | February 24, 2012 In a recent meeting ...": a byline that ends in a date, then the story.
    private static final Pattern INLINE_BYLINE = Pattern.compile(
            "^(?:[^.!?|]|(?<=\\b\\p{Lu})\\.){0,200}+\\|\\s*(?:\\p{L}+\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d{2}"
            + "|\\d{1,4}[-./]\\d{1,2}[-./]\\d{2,4})\\s+(?=\\p{Lu})");

    /**
     * Zones the text.
     *
     * @param scraperLine a scraper's prefix on the first line, or null
     * @param dateline    the dateline's span, or null
     */
    public Zones zone(String text, Span scraperLine, Span dateline) {
        List<Block> blocks = blocks(text, scraperLine);
        if (isHardWrapped(blocks)) {
            blocks = unwrap(text, blocks);
        }
        List<Zone> zones = new ArrayList<>();
        if (scraperLine != null) {
            zones.add(new Zone(ZoneKind.BOILERPLATE, scraperLine)); // the collector's prefix, glued to the first line
        }
        boolean transcript = isTranscript(blocks);
        int start = storyStart(blocks, dateline, transcript);
        if (start < 0) {
            if (dateline != null) {
                zones.add(new Zone(ZoneKind.DATELINE, dateline));
            }
            return new Zones(zones);
        }
        header(blocks.subList(0, start), zones);
        body(text, blocks, start, dateline, zones, transcript);
        return new Zones(zones);
    }

    private static List<Block> blocks(String text, Span scraperLine) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (scraperLine != null && s < scraperLine.end() && scraperLine.start() < e) {
                s = Math.max(s, scraperLine.end());
            }
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                blocks.add(Block.of(text, s, e));
            }
        }
        return blocks;
    }

    // Joins the lines of a paragraph broken at a fixed width: a line that ends without punctuation runs on.
    // A short line runs on only into a line that starts in lower case ("Ngoại trưởng John Kerry / chúc mừng ...").
    private static List<Block> unwrap(String text, List<Block> blocks) {
        List<Block> joined = new ArrayList<>();
        Block open = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (open == null) {
                open = b;
            }
            boolean runsOn = i + 1 < blocks.size() && !b.endsSentence()
                    && (b.words() >= WRAPPED_LINE_WORDS || Character.isLowerCase(blocks.get(i + 1).text().codePointAt(0)));
            if (!runsOn) {
                // made once the paragraph ends: remade at every line, a long run of lines is quadratic
                joined.add(open == b ? b : Block.of(text, open.start(), b.end()));
                open = null;
            }
        }
        return joined;
    }

    // The dateline's block, when it comes soon enough; else the first running text that is neither a
    // caption nor a standfirst the story repeats further down.
    private static int storyStart(List<Block> blocks, Span dateline, boolean transcript) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Block b : blocks) {
            if (!seen.add(b.text())) {
                repeated.add(b.text());
            }
        }
        int firstProse = -1;
        for (int i = 0; i < blocks.size() && firstProse < 0; i++) {
            Block b = blocks.get(i);
            if (b.isProse() && !isCaption(b) && !repeated.contains(b.text()) && (transcript || !isReaderAddress(b))) {
                firstProse = i;
            }
        }
        // A transcript opens with its first speaker: "President of Russia Dmitry Medvedev: Mr President,".
        while (transcript && firstProse > 0 && isSpeakerTurn(blocks.get(firstProse - 1))) {
            firstProse--;
        }
        if (dateline != null) {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.start() <= dateline.start() && dateline.start() < b.end()) {
                    boolean opensStory = !repeated.contains(b.text()) && (firstProse < 0 || i <= firstProse + DATELINE_REACH);
                    return opensStory ? i : firstProse;
                }
            }
        }
        return firstProse;
    }

    // The headline is the headline-like line nearest the story (menus and teasers come before it).
    private static void header(List<Block> blocks, List<Zone> zones) {
        int title = -1;
        List<ZoneKind> kinds = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            ZoneKind kind = headerKind(b);
            if (kind == ZoneKind.BOILERPLATE && isTitle(b)) {
                title = i;
            }
            kinds.add(kind);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean titleAgain = title >= 0 && kinds.get(i) == ZoneKind.BOILERPLATE && b.text().equals(blocks.get(title).text());
            ZoneKind kind = i == title || titleAgain ? ZoneKind.TITLE : kinds.get(i);
            zones.add(new Zone(kind, span(b)));
        }
    }

    // A short header line led by a full date is a date line with its tags: "May 17, 2021 , France, Washington DC".
    private static ZoneKind headerKind(Block b) {
        if (isCaption(b)) {
            return ZoneKind.CAPTION;
        }
        if (isDateLine(b) || b.words() <= DATED_TAGS_WORDS && hasDate(b) && LEADING_DATE.matcher(b.text()).find()) {
            return ZoneKind.DATE_LINE;
        }
        return isByline(b) ? ZoneKind.BYLINE : ZoneKind.BOILERPLATE;
    }

    // "Name | Name | January 30, 2023, 10:16 PM", "By Eric Nana Yaw Kwafo".
    private static boolean isByline(Block b) {
        return b.words() <= MAX_HEADING_WORDS * 2 && (PIPE.matcher(b.text()).find() && hasDate(b)
                || BYLINE.matcher(b.text()).find());
    }

    private static void body(String text, List<Block> blocks, int start, Span dateline, List<Zone> zones,
                             boolean transcript) {
        Block first = blocks.get(start);
        int storyFrom = first.start();
        if (dateline != null && first.start() <= dateline.start() && dateline.start() < first.end()) {
            if (trimEnd(text, first.start(), dateline.start()) > first.start()) {
                Block prefix = Block.of(text, first.start(), trimEnd(text, first.start(), dateline.start()));
                zones.add(new Zone(isCaption(prefix) ? ZoneKind.CAPTION : ZoneKind.BOILERPLATE, span(prefix)));
            }
            zones.add(new Zone(ZoneKind.DATELINE, dateline));
            storyFrom = dateline.end();
        } else {
            Matcher byline = INLINE_BYLINE.matcher(first.text());
            if (byline.find()) {
                zones.add(new Zone(ZoneKind.BYLINE, new Span(first.start(), first.start() + byline.end())));
                storyFrom = first.start() + byline.end();
            }
        }
        Set<String> seen = new HashSet<>();
        int lastStory = -1;
        for (int i = start; i < blocks.size(); i++) {
            // A dateline may end past its block, on the space the block was stripped of ("HANOI, March \n").
            Block b = i == start ? Block.of(text, skipSpace(text, Math.min(storyFrom, first.end()), first.end()), first.end())
                    : blocks.get(i);
            if (b.start() >= b.end()) {
                continue;
            }
            ZoneKind kind = i == start ? ZoneKind.STORY : kind(b, i == blocks.size() - 1, transcript);
            if (!seen.add(b.text()) && kind == ZoneKind.STORY) {
                kind = ZoneKind.BOILERPLATE;
            }
            zones.add(new Zone(kind, span(b)));
            if (kind == ZoneKind.STORY) {
                lastStory = zones.size() - 1;
            }
        }
        if (lastStory >= 0) {
            // "MAP: 15 December 2023" under the story stamps the page; it dates no text below it
            for (int i = lastStory + 1; i < zones.size(); i++) {
                if (zones.get(i).kind() == ZoneKind.DATE_LINE) {
                    zones.set(i, new Zone(ZoneKind.END_CREDIT, zones.get(i).span()));
                }
            }
            splitTrailingCredit(text, zones, lastStory);
        }
    }

    private static ZoneKind kind(Block b, boolean last, boolean transcript) {
        if (isEmbeddedPost(b)) {
            return ZoneKind.STORY;
        }
        if (!transcript && isReaderAddress(b)) {
            return ZoneKind.BOILERPLATE;
        }
        if (isCutOff(b, last)) {
            return ZoneKind.STORY;
        }
        ZoneKind kind = lineKind(b, transcript);
        return kind == ZoneKind.STORY && !last && isHeading(b) ? ZoneKind.BOILERPLATE : kind;
    }

    private static ZoneKind lineKind(Block b, boolean transcript) {
        if (b.words() <= MAX_CREDIT_WORDS && CREDIT_LINE.matcher(b.text()).matches()
                || b.words() <= MAX_CREDIT_LABEL_WORDS && CREDIT_LABEL.matcher(b.text()).find()) {
            return ZoneKind.END_CREDIT;
        }
        if (isCaption(b)) {
            return ZoneKind.CAPTION;
        }
        if (isDateLine(b)) {
            return ZoneKind.DATE_LINE;
        }
        if (isByline(b)) {
            return ZoneKind.BYLINE;
        }
        if (b.isLabel() || isLinkLike(b)) {
            return ZoneKind.BOILERPLATE;
        }
        return ZoneKind.STORY;
    }

    private static void splitTrailingCredit(String text, List<Zone> zones, int at) {
        Zone last = zones.get(at);
        Matcher m = TRAILING_CREDIT.matcher(last.text(text));
        if (m.find() && m.start() > 0) {
            int cut = last.span().start() + m.start();
            int creditStart = cut;
            while (creditStart < last.span().end() && Character.isWhitespace(text.charAt(creditStart))) {
                creditStart++;
            }
            zones.set(at, new Zone(ZoneKind.STORY, new Span(last.span().start(), cut)));
            zones.add(at + 1, new Zone(ZoneKind.END_CREDIT, new Span(creditStart, last.span().end())));
        }
    }

    // The text's last line stopping mid-sentence: "They pledged to".
    private static boolean isCutOff(Block b, boolean last) {
        return last && b.words() >= 2 && b.lowerShare() >= 0.5 && !b.endsSentence() && !isLinkLike(b) && !isCaption(b);
    }

    // A post quoted in the story, or its signature ("— Name (@handle) May 4, 2020"), from which the post is dated.
    private static boolean isEmbeddedPost(Block b) {
        String t = b.text();
        // the pattern's literal parts first: most blocks hold neither, and indexOf is far cheaper than the pattern
        return (t.contains("(@") || t.contains("pic.twitter.com/")) && EMBEDDED_POST.matcher(t).find();
    }

    // Spoken text in the first person addressed to someone, outside quotation marks: a transcript.
    private static boolean isTranscript(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> b.lower().contains("you") && FIRST_SINGULAR.matcher(b.text()).find()
                && SECOND_PERSON.matcher(b.text()).find() && !QUOTE.matcher(b.text()).find());
    }

    // A speaker's label opening a turn ("MODERATOR:", "President of Russia Dmitry Medvedev: Mr President,"),
    // or a salutation line ("Colleagues,").
    private static boolean isSpeakerTurn(Block b) {
        return b.words() <= 12 && SPEAKER_LABEL.matcher(b.text()).find() && !isDateLine(b)
                || b.words() <= 3 && b.text().endsWith(",");
    }

    // Lines broken at a fixed width: sentences that run on into a line starting in lower case, or running lines
    // in a row of about the same length that end without punctuation (a headline over a standfirst is two lines
    // of different lengths).
    private static boolean isHardWrapped(List<Block> blocks) {
        int run = 0;
        int runOns = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean wrappedLine = b.words() >= WRAPPED_LINE_WORDS && !b.endsSentence() && b.lowerShare() >= 0.3
                    && (run == 0 || Math.abs(b.text().length() - blocks.get(i - 1).text().length()) <= WRAP_WIDTH_SLACK
                    && !Fold.key(b.text()).equals(Fold.key(blocks.get(i - 1).text())));
            run = wrappedLine ? run + 1 : 0;
            if (i > 0 && !blocks.get(i - 1).endsSentence() && Character.isLowerCase(b.text().codePointAt(0))) {
                runOns++;
            }
            if (run >= WRAPPED_RUN || runOns >= WRAPPED_RUN) {
                return true;
            }
        }
        return false;
    }

    // A line inside the story that ends without punctuation, short or in title case: a subheading ("First official
    // visit as PM", "Tell Us What You Think"). A sentence that lost its full stop reads on in lower case.
    private static boolean isHeading(Block b) {
        char last = b.text().charAt(b.text().length() - 1);
        return !b.endsSentence() && (b.words() <= HEADING_WORDS || b.words() < MAX_HEADING_WORDS && b.lowerShare() < 0.5)
                && last != ':' && last != ',' && last != ';' && b.cased();
    }

    private static boolean isCaption(Block b) {
        return b.words() <= MAX_CAPTION_WORDS && mayBeCaption(b.lower()) && PICTURE.matcher(b.text()).find();
    }

    // Words and signs every caption pattern needs one of: most lines are spared the pattern.
    private static boolean mayBeCaption(String lower) {
        for (String cue : CAPTION_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    // A headline: neither a list item, an address, a row of fields split by pipes, a line led by a date, nor one
    // in brackets.
    private static boolean isTitle(Block b) {
        String t = b.text();
        return b.words() >= 3 && b.words() <= 30 && !BULLET.matcher(t).find() && !URL_OR_EMAIL.matcher(t).find()
                && !PIPE.matcher(t).find() && !LEADING_DATE.matcher(t).find() && !(t.startsWith("(") && t.endsWith(")"));
    }

    // Dates, times and their labels and little else: "POLITICS 16:54 / 21.12.2022 3988", "Updated: 22-12-2022 20:53 IST".
    private static boolean isDateLine(Block b) {
        if (b.words() > 14 || !hasDate(b)) {
            return false;
        }
        String rest = DATE_WORDS.matcher(b.text()).replaceAll(" ").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= DATE_LINE_LABEL_WORDS;
    }

    private static boolean hasDate(Block b) {
        return DATE_OR_TIME.matcher(b.text()).find();
    }

    private static boolean isLinkLike(Block b) {
        String t = b.text();
        if (b.words() <= MAX_CREDIT_WORDS && URL_OR_EMAIL.matcher(t).find() && URL_OR_EMAIL.matcher(t).replaceAll("").isBlank()) {
            return true;
        }
        return !b.endsSentence() && (BULLET.matcher(t).find() && b.words() <= 12 || PIPE.matcher(t).find() && b.words() <= 20);
    }

    // A prompt to the reader: "If you want ... please contact us", "Follow us on ...: https://...".
    private static boolean isReaderAddress(Block b) {
        String t = b.text();
        if (QUOTE.matcher(t).find()) {
            return false;
        }
        boolean you = false;
        boolean we = false;
        // One pass over the words instead of a pattern per person: every block of the page is asked.
        int n = t.length();
        for (int i = 0; i < n; ) {
            if (!isWordChar(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isWordChar(t.charAt(i)) || Character.getType(t.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            you |= SECOND_PERSON_WORDS.contains(asciiLower(t, start, i));
            we |= FIRST_PLURAL_WORDS.contains(asciiLower(t, start, i));
        }
        return you && we || (you || we) && URL_OR_EMAIL.matcher(t).find();
    }

    /** What a regex word boundary counts as a word's character. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** text[start, end) with ASCII letters lower-cased, as a case-insensitive pattern compares; "" if longer than any word asked. */
    private static String asciiLower(String text, int start, int end) {
        if (end - start > LONGEST_ADDRESS_WORD) {
            return "";
        }
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            chars[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static Span span(Block b) {
        return new Span(b.start(), b.end());
    }
}
