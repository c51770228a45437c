package org.readout.extract.statement;

import java.util.Set;

/**
 * Words that say nothing about what was talked about: "issues of common concern", "bilateral ties
 * and regional and global issues". A talk whose object has only these is a contentless line.
 */
final class GenericWords {
    private static final Set<String> WORDS = Set.of("the", "a", "an", "and", "or", "of", "on", "in", "at", "with", "to",
            "for", "about", "also", "other", "issue", "issues", "matter", "matters", "topic", "topics", "subject", "subjects",
            "question", "questions", "view", "views", "viewpoints", "opinions", "bilateral", "regional", "international",
            "global", "multilateral", "common", "mutual", "shared", "concern", "concerns", "interest", "interests", "ties",
            "relations", "relationship", "wide", "range", "variety", "number", "several", "various", "extensively",
            "further", "their", "its", "his", "her", "both", "two", "sides", "countries", "including", "well", "as", "many",
            "in-depth", "depth", "frank", "candid", "detailed", "deep", "wide-ranging", "useful", "fruitful");

    private GenericWords() {
    }

    static boolean is(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
