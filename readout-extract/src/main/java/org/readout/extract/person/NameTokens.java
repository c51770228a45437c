package org.readout.extract.person;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Token;

/** Which words may be part of a person's name. */
public final class NameTokens {
    private static final Set<String> PARTICLES = Set.of("del", "de", "da", "van", "von", "bin", "binti", "al", "el",
            "di", "du", "dos", "das", "la", "ibn");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

    private final Knowledge knowledge;

    public NameTokens(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The word without a possessive ending: "Lam's" reads "Lam". */
    public static String bare(String word) {
        return isPossessive(word) ? word.substring(0, word.length() - 2) : word;
    }

    static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    static boolean isInitial(String word) {
        return INITIAL.matcher(word).matches();
    }

    public boolean isNameWord(Token t) {
        String word = bare(t.text());
        if (!t.isCapitalized() || !Character.isLetter(word.codePointAt(0)) || word.length() > 25) {
            return false;
        }
        String key = Fold.key(word);
        return !knowledge.notNames().contains(key)
                && knowledge.titles().roleOf(word).isEmpty()
                && knowledge.countries().byAnyForm(word).isEmpty()
                && !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || isInitial(word);
    }

    boolean isParticle(Token t) {
        return PARTICLES.contains(t.text());
    }

    /** Reads a name starting at {@code start}: name words, initials, particles before name words ("Secretary del Rosario"). */
    int nameEnd(List<Token> tokens, int start) {
        int end = start;
        int words = 0;
        while (end < tokens.size() && words < 5) {
            Token t = tokens.get(end);
            if (isNameWord(t)) {
                words++;
                end++;
                if (isPossessive(t.text())) {
                    break;
                }
            } else if (isParticle(t) && end + 1 < tokens.size() && isNameWord(tokens.get(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        // A name is more than its initials.
        boolean onlyInitials = tokens.subList(start, end).stream().allMatch(t -> isInitial(t.text()) || isParticle(t));
        return onlyInitials ? start : end;
    }
}
