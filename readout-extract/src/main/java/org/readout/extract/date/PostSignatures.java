package org.readout.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.text.Sentence;

/**
 * The dates that close social-media posts quoted in a story ("— Dr. S. Jaishankar (@DrSJaishankar)
 * September 28, 2023"). A post's "today" is that day, not the day the story was published.
 */
public final class PostSignatures {
    /** How far before its signature a post's text may start. */
    private static final int MAX_POST_LENGTH = 600;
    private static final Pattern SIGNATURE = Pattern.compile("\\(@\\w{1,30}\\)\\s*(?:on\\s+)?(?=\\p{L}+\\.? \\d)");

    private final DateFinder dates = new DateFinder();

    /** Signatures in the sentences, in text order. */
    public List<Signature> find(List<Sentence> sentences) {
        List<Signature> found = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = SIGNATURE.matcher(s.text());
            while (m.find()) {
                int at = s.span().start() + m.end();
                dates.find(s.text().substring(m.end()), at).stream().findFirst()
                        .filter(d -> d.isComplete() && d.span().start() == at)
                        .flatMap(PostSignatures::day)
                        .ifPresent(day -> found.add(new Signature(s.span().start() + m.start(), day)));
            }
        }
        return found;
    }

    /** The date of the post that holds {@code offset}: the first signature after it, when close enough. */
    public static Optional<LocalDate> postDate(List<Signature> signatures, int offset) {
        return signatures.stream().filter(s -> s.start() >= offset && s.start() - offset <= MAX_POST_LENGTH)
                .findFirst().map(Signature::date);
    }

    private static Optional<LocalDate> day(DateMention d) {
        try {
            return Optional.of(LocalDate.of(d.year(), d.month(), d.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A post's signature: where it starts and the post's date. */
    public record Signature(int start, LocalDate date) {
    }
}
