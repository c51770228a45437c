package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readout.extract.knowledge.Official;
import org.readout.extract.knowledge.Officials;

/**
 * The people each sentence names, with the titles and country written next to the name (the
 * name's "title zone": "国务委员兼外长|王毅", "министр иностранных дел России|Сергей Лавров",
 * "岸田文雄|外務大臣"); people the files do not know when a title and capitalised words name them
 * ("embajador de China en México, Chen Daojiang"); and a title with a country but no name
 * ("российский министр") as the person of that country already named, or the one office-holder.
 */
final class PersonReader {
    /** Words that may stand between two parts of a title zone ("ministre des Affaires étrangères de la Russie"). */
    private static final int MAX_GAP_TOKENS = 2;
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;
    /** Punctuation that ends a title zone: a clause or sentence ends there. */
    private static final String BREAKS = "。；;:：!?！？\n|，";
    private final Officials officials;

    PersonReader(Officials officials) {
        this.officials = officials;
    }

    /** The people of every sentence, in the order the text names them. */
    List<List<ForeignPerson>> read(ForeignDocument doc, LanguageModel model, Integer year) {
        List<List<ForeignPerson>> all = new ArrayList<>();
        List<ForeignPerson> seen = new ArrayList<>();
        for (List<Mention> ms : doc.bySentence()) {
            List<ForeignPerson> found = sentence(doc, ms, model, year, seen);
            seen.addAll(found);
            all.add(found);
        }
        return all;
    }

    private List<ForeignPerson> sentence(ForeignDocument doc, List<Mention> ms, LanguageModel model,
                                         Integer year, List<ForeignPerson> seen) {
        LanguagePack.TitleSide side = model.titleSide();
        boolean[] used = new boolean[ms.size()];
        List<List<Integer>> zones = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            zones.add(new ArrayList<>());
            if (ms.get(k).sense() instanceof Sense.Person && side != LanguagePack.TitleSide.AFTER) {
                zones.get(k).addAll(zone(doc, ms, k, -1, used));
            }
        }
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k).sense() instanceof Sense.Person && side != LanguagePack.TitleSide.BEFORE) {
                zones.get(k).addAll(zone(doc, ms, k, 1, used));
            }
        }
        List<ForeignPerson> people = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k).sense() instanceof Sense.Person p) {
                List<String> countries = zoneCountries(doc, ms, zones.get(k));
                people.add(new ForeignPerson(p.name(), country(p, countries, year), roles(ms, zones.get(k)),
                        ms.get(k).start(), ms.get(k).end()));
            }
        }
        for (int k = 0; k < ms.size(); k++) {
            if (ms.get(k).sense() instanceof Sense.Title && !used[k]) {
                ForeignPerson p = untitled(doc, ms, k, used, year, seen, people, model.namesByCapitals());
                if (p != null) {
                    people.add(p);
                }
            }
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return merged(people);
    }

    /** The title zone on one side of mention {@code k}: titles, countries, places and locatives, close together. */
    private static List<Integer> zone(ForeignDocument doc, List<Mention> ms, int k, int step, boolean[] used) {
        List<Integer> zone = new ArrayList<>();
        Mention last = ms.get(k);
        for (int j = k + step; j >= 0 && j < ms.size(); j += step) {
            Mention m = ms.get(j);
            if (used[j] || !zonePart(m) || !close(doc, step < 0 ? m : last, step < 0 ? last : m)) {
                break;
            }
            zone.add(j);
            used[j] = true;
            last = m;
        }
        return zone;
    }

    private static boolean zonePart(Mention m) {
        return m.sense() instanceof Sense.Title || m.sense() instanceof Sense.Country || m.sense() instanceof Sense.Place
                || m.sense() instanceof Sense.Cue c && c.kind() == CueKind.LOCATIVE;
    }

    private static boolean close(ForeignDocument doc, Mention first, Mention second) {
        if (second.from() - first.to() > MAX_GAP_TOKENS) {
            return false;
        }
        String between = doc.between(first.end(), second.start());
        return between.chars().noneMatch(c -> BREAKS.indexOf(c) >= 0);
    }

    /** The countries a zone names as the person's: not those after a locative ("embajador de China en México"). */
    private static List<String> zoneCountries(ForeignDocument doc, List<Mention> ms, List<Integer> zone) {
        List<String> countries = new ArrayList<>();
        for (int j : zone) {
            if (ms.get(j).sense() instanceof Sense.Country c && !SentencePlaces.afterLocative(doc, ms, j)) {
                countries.add(c.alpha3());
            }
        }
        return countries;
    }

    private static List<String> roles(List<Mention> ms, List<Integer> zone) {
        Set<String> roles = new LinkedHashSet<>();
        zone.stream().sorted().forEach(j -> {
            if (ms.get(j).sense() instanceof Sense.Title t) {
                roles.add(t.office());
            }
        });
        return List.copyOf(roles);
    }

    /** The person's state: the one all their offices are of, else the one the text names, else the office held that year. */
    private String country(Sense.Person p, List<String> zoneCountries, Integer year) {
        List<Official> rows = officials.lookup(p.name());
        List<String> states = rows.stream().map(Official::country).distinct().toList();
        if (states.size() == 1) {
            return states.get(0);
        }
        for (String c : zoneCountries) {
            if (states.contains(c)) {
                return c;
            }
        }
        if (year != null) {
            for (Official o : rows) {
                if (o.heldIn(year)) {
                    return o.country();
                }
            }
        }
        return states.isEmpty() ? null : states.get(0);
    }

    /** A title that no name stands next to: a person the files do not know, or someone already named. */
    private ForeignPerson untitled(ForeignDocument doc, List<Mention> ms, int k, boolean[] used, Integer year,
                                   List<ForeignPerson> seen, List<ForeignPerson> here, boolean namesByCapitals) {
        List<Integer> zone = new ArrayList<>(List.of(k));
        used[k] = true;
        zone.addAll(zone(doc, ms, k, 1, used));
        List<Integer> before = zone(doc, ms, k, -1, used);
        zone.addAll(before);
        List<String> countries = zoneCountries(doc, ms, zone);
        List<String> roles = roles(ms, zone);
        int end = zone.stream().mapToInt(j -> ms.get(j).to()).max().orElseThrow();
        ForeignPerson unknown = namesByCapitals ? unknownName(doc, ms, end, countries.isEmpty() ? null : countries.get(0), roles) : null;
        if (unknown != null || countries.isEmpty()) {
            return unknown;
        }
        Mention title = ms.get(k);
        return referred(((Sense.Title) title.sense()).office(), countries.get(0), year, seen, here, title);
    }

    /** Two to four capitalised words right after a title zone that no file knows: "..., Gonzalo Gutiérrez Reinel". */
    private static ForeignPerson unknownName(ForeignDocument doc, List<Mention> ms, int afterToken, String country,
                                             List<String> roles) {
        List<Token> tokens = doc.tokens();
        int nextMention = ms.stream().mapToInt(Mention::from).filter(f -> f >= afterToken).min().orElse(tokens.size());
        int i = afterToken;
        while (i < tokens.size() && i < nextMention && i - afterToken <= MAX_NAME_WORDS && capitalisedWord(tokens.get(i))
                && (i == afterToken || joined(doc, tokens.get(i - 1), tokens.get(i)))) {
            i++;
        }
        int words = i - afterToken;
        if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || i < tokens.size() && i == nextMention && i - afterToken < MIN_NAME_WORDS) {
            return null;
        }
        int start = tokens.get(afterToken).start();
        int end = tokens.get(i - 1).end();
        String gap = afterToken > 0 ? doc.between(tokens.get(afterToken - 1).end(), start) : "";
        String name = doc.text().substring(start, end);
        if (gap.chars().anyMatch(c -> BREAKS.indexOf(c) >= 0) || name.chars().anyMatch(c -> c == '\n')) {
            return null;
        }
        return new ForeignPerson(name, country, roles, start, end);
    }

    private static boolean capitalisedWord(Token t) {
        return t.capitalised() && !t.ideographic() && t.key().length() > 1 && t.key().chars().allMatch(Character::isLetter);
    }

    /** Words of one name stand apart by a space or a hyphen only: "Kulubayev, Komşuluk" are two phrases; an acronym is no name. */
    private static boolean joined(ForeignDocument doc, Token previous, Token next) {
        String gap = doc.between(previous.end(), next.start());
        String word = doc.text().substring(next.start(), next.end());
        return (gap.equals(" ") || gap.equals("-")) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** "Russia's minister": the Russian already named (the latest), else the one who held that office that year. */
    private ForeignPerson referred(String office, String country, Integer year, List<ForeignPerson> seen,
                                  List<ForeignPerson> here, Mention title) {
        for (List<ForeignPerson> people : List.of(here, seen)) {
            for (int i = people.size() - 1; i >= 0; i--) {
                ForeignPerson p = people.get(i);
                if (country.equals(p.country())) {
                    return new ForeignPerson(p.name(), p.country(), List.of(office), title.start(), title.end());
                }
            }
        }
        if (year == null) {
            return null;
        }
        List<String> holders = officials.all().stream()
                .filter(o -> o.country().equals(country) && o.office().equalsIgnoreCase(office) && o.heldIn(year))
                .map(Official::name).distinct().toList();
        return holders.size() == 1 ? new ForeignPerson(holders.get(0), country, List.of(office), title.start(), title.end()) : null;
    }

    /** One entry a person, at their first mention, with all the roles the sentence gives them. */
    private static List<ForeignPerson> merged(List<ForeignPerson> people) {
        List<ForeignPerson> out = new ArrayList<>();
        for (ForeignPerson p : people) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(p.name())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(p);
            } else {
                ForeignPerson first = out.get(at);
                Set<String> roles = new LinkedHashSet<>(first.roles());
                roles.addAll(p.roles());
                out.set(at, new ForeignPerson(first.name(), first.country() != null ? first.country() : p.country(),
                        List.copyOf(roles), first.start(), first.end()));
            }
        }
        return out;
    }
}
