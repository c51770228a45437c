package org.readout.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells how an event took place from the words that say so: a call ("in a call on Monday", "by
 * phone", "telephone conversation", "tweeted after a call"), a video link ("via VTC",
 * "virtually", "video conference"), or in person ("arrived", "on the sidelines", "hosted",
 * "courtesy call", a place). The event's own sentences speak first; a story of one event may name
 * its channel anywhere ("The call took place after ...").
 */
final class ChannelReader {
    private static final Pattern VIDEO = Pattern.compile(
            "(?i)\\b(?:video[- ]?(?:call|conferenc\\w*+|link|meeting|summit|talks|chat)|(?:via|by) video|vtc|virtual(?:ly)?"
            + "|online (?:talks|meeting|summit|conversation|conference|call)|(?:spoke|met|talked|held|holds?) (?:\\w+ )?online)\\b");
    /** "spoke with", "the two spoke": a call when nothing says they were together. */
    private static final Pattern SPOKE = Pattern.compile("(?i)\\b(?:spoke|spoken|speaks|talked)\\b");
    // "call" alone is a call only with an article or possessive before it and no "on/for" after it
    // ("a courtesy call on the President", "a call for calm" are not calls).
    private static final Pattern PHONE = Pattern.compile(
            "(?i)\\b(?:(?:tele)?phon\\w*+|(?:a|the|their|his|her|this|that)\\s+(?:brief\\s+|lengthy\\s+|long\\s+|first\\s+)?call\\b"
            + "(?!\\s+(?:for|upon|to\\s+action|on\\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day)))"
            + "|call with|called\\s+(?:him|her|them)\\b)");
    private static final Pattern COURTESY = Pattern.compile("(?i)\\bcourtesy call\\b");
    private static final Pattern IN_PERSON = Pattern.compile(
            "(?i)\\b(?:arriv\\w*+|landed|visit\\w*+|hosted|sidelines|margins|courtesy call|in person|face[- ]to[- ]face"
            + "|shook hands|handshake|paid a call|(?:welcomed|received) (?:him|her|them|\\p{Lu}[\\p{L} .-]{0,40}? (?:to|at|in)\\b))");
    /** A call recalled from before the one reported: "they last spoke by phone in May". */
    private static final Pattern EARLIER = Pattern.compile(
            "(?i)\\b(?:last (?:week|month|year|spoke|talked)|previous|earlier this (?:year|month)|ago|had (?:spoken|talked|held))\\b");

    private final PlaceFinder places;

    ChannelReader(PlaceFinder places) {
        this.places = places;
    }

    Channel read(EventSeed seed, SeedSentences sentences, Story story) {
        if (seed.channel() != Channel.IN_PERSON) {
            return seed.channel();
        }
        for (int i : sentences.own()) {
            Optional<Channel> remote = remote(story.text(i));
            if (remote.isPresent()) {
                return remote.get();
            }
        }
        if (sentences.near().stream().anyMatch(i -> inPerson(story.text(i))
                || places.find(story.text(i), List.of(), story.datelineCity()).isPresent())) {
            return Channel.IN_PERSON;
        }
        Map<Channel, Integer> votes = new EnumMap<>(Channel.class);
        List<Integer> elsewhere = new ArrayList<>(sentences.lent());
        elsewhere.addAll(sentences.about());
        for (int i : story.single() ? story.all() : elsewhere) {
            Optional<Channel> remote = remote(story.text(i));
            if (remote.isPresent()) {
                votes.merge(remote.get(), 1, Integer::sum);
            } else if (inPerson(story.text(i))) {
                votes.merge(Channel.IN_PERSON, 1, Integer::sum);
            }
        }
        int inPerson = votes.getOrDefault(Channel.IN_PERSON, 0);
        return votes.entrySet().stream().filter(e -> e.getKey() != Channel.IN_PERSON && e.getValue() > inPerson)
                .map(Map.Entry::getKey).findFirst()
                .orElse(inPerson == 0 && sentences.own().stream().anyMatch(i -> SPOKE.matcher(story.text(i)).find())
                        ? Channel.PHONE : Channel.IN_PERSON);
    }

    /** The channel the sentence names, if it names one; video before phone ("a video call"). */
    Optional<Channel> remote(String sentence) {
        if (EARLIER.matcher(sentence).find()) {
            return Optional.empty();
        }
        if (VIDEO.matcher(sentence).find()) {
            return Optional.of(Channel.VIDEO);
        }
        String withoutCourtesy = COURTESY.matcher(sentence).replaceAll("visit");
        return PHONE.matcher(withoutCourtesy).find() ? Optional.of(Channel.PHONE) : Optional.empty();
    }

    /** Whether the sentence says someone travelled, was received or met face to face. */
    boolean inPerson(String sentence) {
        return IN_PERSON.matcher(sentence).find();
    }
}
