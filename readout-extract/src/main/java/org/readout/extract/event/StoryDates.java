package org.readout.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;
import org.readout.extract.date.DateResolver;
import org.readout.extract.date.DateRole;
import org.readout.extract.date.DateRoles;
import org.readout.extract.date.PostSignatures;
import org.readout.extract.date.PostSignatures.Signature;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.text.Sentence;
import org.readout.model.Span;

/**
 * Every date of a story, read once: what it dates and which day it is. "Today" and weekdays count
 * from the day of the text they stand in: a quoted post's date, else the last line before them
 * that is only a date ("February 26, 2024" above a readout) or the dateline, else the header's
 * day. A day far before that, or after it, is another occasion's.
 */
final class StoryDates {
    private static final int MAX_DAYS_BEFORE_ANCHOR = 31;
    /** How far after a post's "(@handle)" its date may start. */
    private static final int SIGNATURE_LENGTH = 40;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b");
    /** What a line that is only a date may hold beside the date: weekday, time, punctuation. */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i)[\\s\\p{P}\\d]*+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|[ap]\\.?m\\.?)[\\s\\p{P}\\d]*+)*+");

    /**
     * A date the story gives, with the sentence it stands in.
     *
     * @param signed the date that signs a quoted post, which dates the post
     */
    record Dated(int sentence, DateMention mention, DateRole role, LocalDate day, boolean signed) {
    }

    private final List<List<Dated>> bySentence;
    private final List<LocalDate> lines;
    private final Map<LocalDate, Integer> timesGiven = new HashMap<>();

    private StoryDates(List<List<Dated>> bySentence, List<LocalDate> lines) {
        this.bySentence = bySentence;
        this.lines = lines;
        bySentence.forEach(dates -> dates.stream().filter(d -> d.role() != DateRole.REPORT)
                .forEach(d -> timesGiven.merge(d.day(), 1, Integer::sum)));
    }

    static StoryDates read(List<Sentence> sentences, DocumentHeader header, DateFinder finder, DateResolver resolver,
                           DateRoles roles, PostSignatures signatures) {
        List<Signature> posts = signatures.find(sentences);
        Span dateline = header.dateline() == null ? null : header.dateline().span();
        LocalDate reference = null;
        boolean datelinePassed = false;
        List<List<Dated>> all = new ArrayList<>();
        List<LocalDate> lines = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!datelinePassed && dateline != null && s.span().end() > dateline.start()) {
                datelinePassed = true;
                reference = header.dateline().date() != null ? header.dateline().date() : reference;
            }
            List<DateMention> mentions = finder.find(s.text(), s.span().start());
            Optional<LocalDate> line = dateLine(s, mentions);
            if (line.isPresent()) {
                reference = line.get();
                if (!TIME.matcher(s.text()).find()) {
                    lines.add(line.get());
                }
                all.add(List.of());
                continue;
            }
            List<Dated> dated = new ArrayList<>();
            for (DateMention d : mentions) {
                if (dateline != null && d.span().start() >= dateline.start() && d.span().end() <= dateline.end()) {
                    continue;
                }
                LocalDate anchor = d.isCalendar() ? firstNonNull(reference, header.anchor())
                        : PostSignatures.postDate(posts, d.span().end()).orElse(firstNonNull(reference, header.anchor()));
                Optional<LocalDate> day = resolver.resolve(d, anchor, header.yearHint())
                        .filter(x -> anchor == null
                                || !x.isBefore(anchor.minusDays(MAX_DAYS_BEFORE_ANCHOR)) && !x.isAfter(anchor.plusDays(1)));
                int start = d.span().start() - s.span().start();
                DateRole role = roles.role(s.text(), start, d.span().end() - s.span().start());
                boolean signed = posts.stream()
                        .anyMatch(p -> d.span().start() > p.start() && d.span().start() - p.start() <= SIGNATURE_LENGTH);
                day.ifPresent(x -> dated.add(new Dated(s.index(), d, role, x, signed)));
            }
            all.add(List.copyOf(dated));
        }
        return new StoryDates(List.copyOf(all), List.copyOf(lines));
    }

    // A sentence that is one full date and nothing else dates the text below it.
    private static Optional<LocalDate> dateLine(Sentence s, List<DateMention> mentions) {
        if (mentions.size() != 1 || !mentions.get(0).isComplete()) {
            return Optional.empty();
        }
        DateMention d = mentions.get(0);
        int start = d.span().start() - s.span().start();
        String rest = s.text().substring(0, start) + " " + s.text().substring(d.span().end() - s.span().start());
        if (!DATE_LINE_REST.matcher(rest).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(d.year(), d.month(), d.day()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate firstNonNull(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    List<Dated> in(int sentence) {
        return bySentence.get(sentence);
    }

    /** How often the story gives the day, other than as a statement's. */
    int timesGiven(LocalDate day) {
        return timesGiven.getOrDefault(day, 0);
    }

    /** The days of the lines that are only a date (not a time stamp), in text order. */
    List<LocalDate> lines() {
        return lines;
    }
}
