package org.readout.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.person.People;
import org.readout.extract.person.Person;
import org.readout.extract.person.PersonMention;
import org.readout.extract.text.Sentence;

/**
 * Finds sentences that report an interaction ("met with", "held talks with", "had a phone
 * conversation with", "spoke with", "virtual summit between") and who took part. Interactions
 * that are planned, expected or recalled from the past are left out.
 */
final class InteractionFinder {
    private static final Pattern STRONG = Pattern.compile("(?i)\\b(?:met|meets?|meeting (?:with|between)|talks (?:with|between)"
            + "|(?:held|holds?|had|has|have|hold)\\b[^.;]{0,60}?\\b(?:talks|meetings?|discussions|summit|dialogue|conversation|call)"
            + "|received|receives|hosted|hosts|courtesy call|spoke\\b(?:\\s+\\w+){0,3}\\s+(?:with|to)|call with|summit (?:with|between)"
            + "|(?:good|great|pleasure|glad|delighted|nice|happy) to (?:meet|see|speak)"
            + "|(?:his|her|their|a|the) (?:bilateral )?(?:meeting|talks|conversation|call) with)\\b");
    private static final Pattern WEAK = Pattern.compile("(?i)\\b(?:exchanged (?:their )?views|discussed|in a meeting)\\b");
    private static final Pattern PHONE = Pattern.compile("(?i)\\b(?:phone|telephone|call with|spoke (?:today |by phone |over the phone )?with|phoned)\\b");
    private static final Pattern VIDEO = Pattern.compile("(?i)\\b(?:video|videoconference|virtual|online (?:talks|meeting|summit)|via video)\\b");
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|expected to|scheduled to|plans? to|set to|going to|to be|ahead of|prepare for|preparations? for|look(?:ing)? forward to|invited\\b.*\\bto)\\b[^.]{0,40}$");
    private static final Pattern FUTURE_AFTER = Pattern.compile("(?i)^[^.,;]{0,40}?\\b(?:is|are|was|were) (?:expected|scheduled|planned|due)\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?i)\\b(?:previous|last (?:year|month|week)|earlier this (?:year|month)|ago|in the past|recalled|had held|had met|former)\\b");
    private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have) (?:held|had|met)\\b");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)(?:^|\\b(?:here|then|and|later|also|,))\\s*(he|she)\\b");
    private static final Pattern PLURAL_COUNTERPARTS = Pattern.compile("(?i)\\b(?:his|her|their) (\\p{L}+) counterparts\\b");
    private static final int RECENT_PARAGRAPHS = 2;

    private final org.readout.extract.knowledge.Countries countries;

    InteractionFinder(org.readout.extract.knowledge.Countries countries) {
        this.countries = countries;
    }

    List<Interaction> find(List<Sentence> sentences, People people) {
        List<Interaction> found = new ArrayList<>();
        Integer lastSubject = null;
        for (Sentence s : sentences) {
            List<PersonMention> mentions = people.in(s.index());
            Interaction interaction = s.cutOff() ? null : read(s, mentions, people, lastSubject);
            if (interaction != null) {
                found.add(interaction);
            }
            if (!mentions.isEmpty()) {
                lastSubject = mentions.get(0).personId();
            }
        }
        return found;
    }

    private Interaction read(Sentence s, List<PersonMention> mentions, People people, Integer lastSubject) {
        String text = s.text();
        Matcher strong = STRONG.matcher(text);
        boolean isStrong = strong.find();
        Matcher weak = WEAK.matcher(text);
        if (!isStrong && !weak.find()) {
            return null;
        }
        int at = isStrong ? strong.start() : weak.start();
        if (FUTURE_BEFORE.matcher(text.substring(0, at)).find() || FUTURE_AFTER.matcher(text.substring(at)).find()
                || PAST.matcher(text).find()
                || PERFECT.matcher(text).find() && s.paragraph() >= RECENT_PARAGRAPHS) {
            return null;
        }
        int triggerOffset = s.span().start() + at;
        Set<Integer> persons = new LinkedHashSet<>();
        // "In a meeting in Washington, A and B stressed ...": the meeting is named before who held it.
        boolean namedFirst = !isStrong && weak.group().equalsIgnoreCase("in a meeting");
        mentions.stream().filter(m -> namedFirst || m.span().start() < triggerOffset).forEach(m -> persons.add(m.personId()));
        boolean hasSubject = !persons.isEmpty();
        if (!isStrong) {
            // "A and B exchanged views": only a conjoined subject makes this an interaction.
            return persons.size() >= 2 ? new Interaction(s.index(), List.copyOf(persons), channel(text)) : null;
        }
        if (!hasSubject && lastSubject != null && (PRONOUN_SUBJECT.matcher(text.substring(0, at)).find() || at < 25)) {
            persons.add(lastSubject);
        }
        mentions.stream().filter(m -> m.span().start() >= triggerOffset).forEach(m -> persons.add(m.personId()));
        Matcher plural = PLURAL_COUNTERPARTS.matcher(text);
        if (plural.find()) {
            countries.byAnyForm(plural.group(1)).ifPresent(c -> people.persons().stream()
                    .filter(p -> c.alpha3().equals(p.country())).map(Person::id).forEach(persons::add));
        }
        return persons.isEmpty() ? null : new Interaction(s.index(), List.copyOf(persons), channel(text));
    }

    private static Channel channel(String text) {
        if (VIDEO.matcher(text).find()) {
            return Channel.VIDEO;
        }
        return PHONE.matcher(text).find() && !text.toLowerCase(Locale.ROOT).contains("phone calls") ? Channel.PHONE : Channel.IN_PERSON;
    }
}
