package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.person.PersonMention;
import org.readout.extract.text.Sentence;
import org.readout.model.Event;
import org.readout.model.Participant;
import org.readout.model.Statement;

/**
 * Picks out the sentences of reported speech and gives each its speaker. A sentence with its own
 * frame ("Wang Yi said", "the two sides agreed") takes that speaker; the sentences after it in the
 * same paragraph go on being that speaker's; the sentences of a quotation before its frame are the
 * frame's too. Narration of the meeting itself and contentless lines are not statements.
 */
public final class SpeakerAttributor {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NARRATION = Pattern.compile("(?i)\\b(?:met|meets|meet with|held talks|hold talks|held a|had a phone|had telephone|spoke (?:today )?with|received|holds talks)\\b");
    private static final Pattern CONTENTLESS = Pattern.compile(
            "(?i)^(?:\\W*\\w+\\W+){0,8}?(?:exchanged|had)\\b[^.]*\\bviews on\\b(?: (?:other|international and regional|regional and international|bilateral,? regional and international))? issues of (?:common|mutual|shared) (?:concern|interest)\\W*$");
    private static final Pattern QUOTE_OPEN = Pattern.compile("^\\s*[“\"]");
    private static final Pattern CONTENT_CUE = Pattern.compile("(?i)\\b(should|must|need|will|willing|ready|hope|support|oppose|always|we|our|i)\\b|[“\"]");

    private final FrameFinder frames;
    private final KindClassifier kinds;

    public SpeakerAttributor(Knowledge knowledge) {
        this.frames = new FrameFinder(knowledge.countries());
        this.kinds = new KindClassifier(knowledge.kindCues());
    }

    /** Statements without topics, in text order. */
    public List<Statement> attribute(List<Sentence> sentences, People people, List<Event> events) {
        Map<Integer, Speaker> speakers = participants(people, events);
        Set<String> sides = new LinkedHashSet<>();
        speakers.values().forEach(sp -> sides.add(sp.country()));
        boolean countriesMaySpeak = events.isEmpty();
        List<Statement> out = new ArrayList<>();
        Speaker current = null;
        Integer lastPerson = null;
        int paragraph = -1;
        boolean inQuote = false;
        List<Sentence> pending = new ArrayList<>();
        // who a quotation's sentences go to if no frame follows them in the paragraph: the speaker before it
        Speaker beforeQuote = null;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                current = null;
                inQuote = false;
                flush(pending, beforeQuote, out);
                beforeQuote = null;
            }
            boolean quotedStart = inQuote;
            List<PersonMention> mentions = people.in(s.index());
            Optional<Frame> frame = s.cutOff() ? Optional.empty()
                    : frames.find(s, people, speakers, lastPerson, countriesMaySpeak, sides);
            // "he" in '"Good to meet Minister X. ...," he tweeted.' is who spoke before the quotation, not X
            int quoted = quotedPrefix(s.text(), inQuote);
            Optional<PersonMention> outside = mentions.stream().filter(m -> m.span().start() - s.span().start() >= quoted).findFirst();
            if (outside.isPresent()) {
                lastPerson = outside.get().personId();
            }
            inQuote = endsInQuote(s.text(), inQuote);
            if (s.cutOff() || CONTENTLESS.matcher(s.text()).find()) {
                continue;
            }
            Speaker speaker;
            String verb = null;
            String content = s.text();
            if (frame.isPresent() && !(frame.get().perfect() && frame.get().speaker() != null
                    && frame.get().speaker().isBoth() && current != null && !current.isBoth())) {
                Frame f = frame.get();
                speaker = f.speaker();
                verb = f.verb();
                content = s.text().substring(Math.min(f.verbEnd(), s.text().length()));
                // "..., he added.": the frame closes the sentence and the reported clause stands before it.
                if (WHITESPACE.split(content.strip()).length < 3) {
                    content = s.text();
                }
                for (Sentence q : pending) {
                    if (speaker != null) {
                        out.add(statement(q, speaker, null, q.text()));
                    }
                }
                pending.clear();
                beforeQuote = null;
                current = speaker;
                if (speaker == null || NARRATION.matcher(s.text().substring(0, Math.min(f.verbEnd(), s.text().length()))).find()
                        && !s.text().substring(f.verbEnd()).contains(" ")) {
                    continue;
                }
            } else if (current != null && !NARRATION.matcher(s.text()).find()) {
                if (quotedStart || QUOTE_OPEN.matcher(s.text()).find() && inQuote) {
                    // a quotation running on past this sentence: its frame ("...," Morrison said.) may follow
                    if (pending.isEmpty()) {
                        beforeQuote = current;
                    }
                    pending.add(s);
                    continue;
                }
                speaker = current;
            } else {
                if (QUOTE_OPEN.matcher(s.text()).find() || !pending.isEmpty() && CONTENT_CUE.matcher(s.text()).find()) {
                    pending.add(s);
                }
                continue;
            }
            out.add(statement(s, speaker, verb, content));
        }
        flush(pending, beforeQuote, out);
        out.sort(Comparator.comparingInt(st -> st.evidence().start()));
        return out;
    }

    /** Gives the sentences waiting for a frame to {@code speaker}, if any, and empties the list. */
    private void flush(List<Sentence> pending, Speaker speaker, List<Statement> out) {
        if (speaker != null) {
            pending.forEach(q -> out.add(statement(q, speaker, null, q.text())));
        }
        pending.clear();
    }

    /** How many characters at the sentence's start are quoted: up to the closing mark of a quotation open at its start. */
    static int quotedPrefix(String text, boolean startsInQuote) {
        Matcher open = QUOTE_OPEN.matcher(text);
        int from;
        if (startsInQuote) {
            from = 0;
        } else if (open.find()) {
            from = open.end();
        } else {
            return 0;
        }
        for (int i = from; i < text.length(); i++) {
            if (isQuoteMark(text.charAt(i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Whether a quotation is still open after the sentence: each quotation mark opens or closes one. */
    static boolean endsInQuote(String text, boolean startsInQuote) {
        boolean open = startsInQuote;
        for (int i = 0; i < text.length(); i++) {
            if (isQuoteMark(text.charAt(i))) {
                open = !open;
            }
        }
        return open;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private Statement statement(Sentence s, Speaker speaker, String verb, String content) {
        return new Statement(speaker.name(), speaker.country(), kinds.classify(verb, content, speaker.isBoth()),
                List.of(), s.text().strip(), s.span());
    }

    /** Persons who took part in a reported event may speak; with no event, anyone with a title and a country. */
    private static Map<Integer, Speaker> participants(People people, List<Event> events) {
        Set<String> names = new LinkedHashSet<>();
        events.forEach(e -> e.participants().stream().map(Participant::name).forEach(names::add));
        Map<Integer, Speaker> speakers = new HashMap<>();
        for (Person p : people.persons()) {
            if (names.contains(p.name()) && p.country() != null) {
                speakers.put(p.id(), new Speaker(p.name(), p.country()));
            }
        }
        return speakers;
    }
}
