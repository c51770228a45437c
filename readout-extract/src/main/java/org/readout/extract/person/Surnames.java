package org.readout.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.Token;

/**
 * The document's words by name key, so that the fuller forms of a surname are looked up where it stands
 * instead of by reading the whole document once per surname (quadratic on a long text). Headlines in title
 * case are left out: every word looks like a name there.
 */
final class Surnames {
    private record At(List<Token> tokens, int index) {
    }

    private final NameTokens names;
    private final Map<String, List<At>> byKey = new HashMap<>();

    Surnames(List<Sentence> document, NameTokens names) {
        this.names = names;
        for (Sentence s : document) {
            List<Token> tokens = s.tokens();
            if (TitledNameFinder.isTitleCase(tokens)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                byKey.computeIfAbsent(Fold.key(NameTokens.bare(tokens.get(i).text())), k -> new ArrayList<>()).add(new At(tokens, i));
            }
        }
    }

    /** The longest run of name words in the document that ends with the surname, the first of them if several. */
    List<String> fullestForm(String surname) {
        List<String> best = List.of(surname);
        for (At at : byKey.getOrDefault(Fold.key(surname), List.of())) {
            List<Token> tokens = at.tokens();
            int i = at.index();
            int from = i;
            while (from > 0 && names.isNameWord(tokens.get(from - 1)) && i - from < 3) {
                from--;
            }
            if (i - from + 1 > best.size()) {
                best = tokens.subList(from, i + 1).stream().map(t -> NameTokens.bare(t.text())).toList();
            }
        }
        return best;
    }
}
