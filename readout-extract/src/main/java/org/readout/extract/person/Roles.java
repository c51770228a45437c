package org.readout.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.text.Token;

/**
 * Turns a run of title words into roles: "Chinese State Councilor and Foreign Minister" reads
 * ["State Councilor", "Foreign Minister"]; a leading adjective and a trailing "of Canada" go, they
 * are the country, not the role.
 */
final class Roles {
    private static final Set<String> LEADING = Set.of("also", "the", "a", "an", "and", "his", "her", "their");

    private Roles() {
    }

    static List<String> split(List<Token> title, Knowledge knowledge) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < title.size(); i++) {
            Token t = title.get(i);
            if (t.is("and") && hasHead(title.subList(i + 1, title.size()), knowledge) && hasHead(current, knowledge)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        parts.add(current);
        List<String> roles = new ArrayList<>();
        for (List<Token> part : parts) {
            String role = clean(part, knowledge);
            if (!role.isEmpty()) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static boolean hasHead(List<Token> tokens, Knowledge knowledge) {
        return tokens.stream().anyMatch(t -> knowledge.titles().isHead(t.text()));
    }

    private static String clean(List<Token> part, Knowledge knowledge) {
        int start = 0;
        int end = part.size();
        while (start < end && (LEADING.contains(part.get(start).text().toLowerCase(java.util.Locale.ROOT))
                || knowledge.countries().byAnyForm(NameTokens.bare(part.get(start).text())).isPresent())) {
            start++;
        }
        // "... of the Republic of the Philippines", "... of Canada": the country, not the office.
        for (int i = start; i < end; i++) {
            if (part.get(i).is("of")) {
                String rest = String.join(" ", part.subList(i + 1, end).stream().map(Token::text).toList());
                if (knowledge.countries().byName(rest).isPresent()) {
                    end = i;
                    break;
                }
            }
        }
        // "prime minister Japan" in a translated text: the country again, after the office
        while (end > start + 1 && knowledge.countries().byAnyForm(NameTokens.bare(part.get(end - 1).text())).isPresent()) {
            end--;
        }
        List<String> words = new ArrayList<>();
        for (Token t : part.subList(start, end)) {
            words.add(part.size() == 1 || end - start == 1 ? knowledge.titles().expand(t.text()) : t.text());
        }
        String role = String.join(" ", words);
        // "counterpart" tells who met whom, not an office
        boolean counterpart = end - start == 1 && part.get(start).text().toLowerCase(java.util.Locale.ROOT).startsWith("counterpart");
        return hasHead(part.subList(start, end), knowledge) && !counterpart ? capitalize(role) : "";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
