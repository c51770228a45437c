package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.List;

/** One language compiled for reading: its dictionary, its dates, where its titles stand. */
record LanguageModel(String code, ForeignTokenizer tokenizer, Lexicon lexicon, DateReader dates,
                     LanguagePack.TitleSide titleSide, boolean namesByCapitals) {

    /** Every dictionary phrase of the text, longest first, none overlapping. */
    List<Mention> mentions(List<Token> tokens, String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = lexicon.longest(tokens, i);
            if (m == null || lowerCaseName(m, text) || partOfLongerName(m, tokens) || insideKoreanWord(m, text)) {
                i++;
            } else {
                found.add(m);
                i = m.to();
            }
        }
        return found;
    }

    /**
     * Korean writes endings onto a word but nothing before it: a name, title, state or place begins a word ("왕이" is
     * Wang Yi, not the end of "국왕이", the king); words of the frame may end a compound ("정상회담").
     */
    private static boolean insideKoreanWord(Mention m, String text) {
        boolean named = m.sense() instanceof Sense.Person || m.sense() instanceof Sense.Title
                || m.sense() instanceof Sense.Country || m.sense() instanceof Sense.Place;
        return named && m.start() > 0 && ForeignTokenizer.hangul(text.charAt(m.start()))
                && ForeignTokenizer.hangul(text.charAt(m.start() - 1));
    }

    // A surname next to a capitalised word no file knows is part of another name: "Jean" of "Jean-Yves Le Drian".
    private static boolean partOfLongerName(Mention m, List<Token> tokens) {
        if (!(m.sense() instanceof Sense.Person p && p.surnameOnly()) || tokens.get(m.from()).ideographic()) {
            return false;
        }
        return m.to() < tokens.size() && tokens.get(m.to()).capitalised() && tokens.get(m.to()).start() - m.end() <= 1;
    }

    // A surname ("hòa bình" is peace, not "Hoa Binh") or a one-word place begins with a capital where the script has capitals: "Male" is a capital, "male" no place.
    private static boolean lowerCaseName(Mention m, String text) {
        boolean surname = m.sense() instanceof Sense.Person p && p.surnameOnly();
        boolean place = m.sense() instanceof Sense.Place && m.to() - m.from() == 1;
        return (surname || place) && Character.isLowerCase(text.charAt(m.start()));
    }
}
