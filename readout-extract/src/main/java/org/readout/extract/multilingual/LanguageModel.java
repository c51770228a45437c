package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.List;

/** One language compiled for reading: its dictionary, its dates, where its titles stand. */
record LanguageModel(String code, ForeignTokenizer tokenizer, Lexicon lexicon, DateReader dates,
                     LanguagePack.TitleSide titleSide) {

    /** Every dictionary phrase of the text, longest first, none overlapping. */
    List<Mention> mentions(List<Token> tokens, String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = lexicon.longest(tokens, i);
            if (m == null || lowerCaseName(m, text)) {
                i++;
            } else {
                found.add(m);
                i = m.to();
            }
        }
        return found;
    }

    // A place or a surname begins with a capital where the script has capitals: "Male" is a capital, "male" no place.
    private static boolean lowerCaseName(Mention m, String text) {
        boolean name = m.sense() instanceof Sense.Place || m.sense() instanceof Sense.Person p && p.surnameOnly();
        return name && Character.isLowerCase(text.charAt(m.start()));
    }
}
