package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of English verbs: the regular rules, and the irregular forms of
 * {@code verb-forms.tsv}. Predicates are written as lemmas; this turns text forms back into them.
 */
public final class VerbForms {
    /** How a form is inflected, as far as the grammar needs it. */
    public enum Inflection { BASE, PRESENT, PAST, PARTICIPLE, GERUND }

    /** A form of a verb. {@code PAST} and {@code PARTICIPLE} may share a form ("met"): both are listed. */
    public record Form(String text, Inflection inflection) {
    }

    private final Map<String, Table.Row> irregular = new HashMap<>();

    VerbForms(Table table) {
        for (Table.Row r : table.rows()) {
            irregular.put(r.get("lemma").toLowerCase(Locale.ROOT), r);
        }
    }

    /** Every form of the lemma with its inflection. */
    public List<Form> forms(String lemma) {
        String verb = lemma.toLowerCase(Locale.ROOT);
        Table.Row row = irregular.get(verb);
        List<Form> out = new ArrayList<>();
        out.add(new Form(verb, Inflection.BASE));
        for (String f : orRegular(row, "present", thirdPerson(verb))) {
            out.add(new Form(f, Inflection.PRESENT));
        }
        for (String f : orRegular(row, "past", past(verb))) {
            out.add(new Form(f, Inflection.PAST));
        }
        for (String f : orRegular(row, "participle", past(verb))) {
            out.add(new Form(f, Inflection.PARTICIPLE));
        }
        for (String f : orRegular(row, "gerund", gerund(verb))) {
            out.add(new Form(f, Inflection.GERUND));
        }
        return out;
    }

    private static List<String> orRegular(Table.Row row, String column, String regular) {
        List<String> given = row == null ? List.of() : row.list(column);
        return given.isEmpty() ? List.of(regular) : given;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
            return v + "es";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ies" : v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return (doublesFinal(v) ? v + v.charAt(v.length() - 1) : v) + "ed";
    }

    static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return (doublesFinal(v) ? v + v.charAt(v.length() - 1) : v) + "ing";
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && !isVowel(v.charAt(v.length() - 2));
    }

    // One syllable ending consonant-vowel-consonant ("chat", "stop") doubles its last letter; w, x and y never do.
    private static boolean doublesFinal(String v) {
        int n = v.length();
        if (n < 3 || "wxy".indexOf(v.charAt(n - 1)) >= 0) {
            return false;
        }
        boolean cvc = !isVowel(v.charAt(n - 1)) && isVowel(v.charAt(n - 2)) && !isVowel(v.charAt(n - 3));
        return cvc && vowelGroups(v) == 1;
    }

    private static int vowelGroups(String v) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < v.length(); i++) {
            boolean vowel = isVowel(v.charAt(i));
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Each distinct form once, for building lookups. */
    public Set<String> allForms(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        forms(lemma).forEach(f -> out.add(f.text()));
        return out;
    }
}
