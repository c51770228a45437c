package org.readout.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.readout.extract.knowledge.Country;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Official;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.knowledge.Table;

/**
 * Generates readouts by recombining sentence patterns with real office-holders, capitals and
 * outlets from the knowledge files: foreign ministers of two states meet (a visit, on the sidelines
 * of a forum, by phone or video) in a year both held office, and one to three outlets report it,
 * the guest's outlet sometimes a day later. Deterministic for a seed; immutable and thread-safe.
 */
public final class SyntheticCorpus {
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2025;
    private static final String FOREIGN_MINISTER = "Foreign Minister";

    private final Knowledge knowledge;
    private final Map<Integer, List<Official>> ministersByYear = new TreeMap<>();
    private final List<Pattern> meetings = new ArrayList<>();
    private final List<Pattern> statements = new ArrayList<>();
    private final List<String[]> forums = new ArrayList<>();
    private final Map<String, List<Outlet>> outletsByCountry = new TreeMap<>();
    private final List<Outlet> wires;

    public SyntheticCorpus(Knowledge knowledge) {
        this.knowledge = knowledge;
        for (Official o : knowledge.officials().all()) {
            boolean usable = FOREIGN_MINISTER.equals(o.office()) && o.from() != null
                    && knowledge.countries().byCode(o.country()).map(c -> c.capital() != null && !c.adjectives().isEmpty())
                    .orElse(false);
            if (usable) {
                int to = o.to() == null ? LAST_YEAR : Math.min(o.to(), LAST_YEAR);
                for (int y = Math.max(o.from(), FIRST_YEAR); y <= to; y++) {
                    ministersByYear.computeIfAbsent(y, k -> new ArrayList<>()).add(o);
                }
            }
        }
        ministersByYear.values().removeIf(list -> list.size() < 2);
        for (Table.Row r : table("patterns.tsv").rows()) {
            Pattern p = new Pattern(r.get("kind"), r.list("topics"), r.get("pattern"));
            (p.isMeeting() ? meetings : statements).add(p);
        }
        for (Outlet o : knowledge.outlets().all()) {
            if (o.speaksForItsState()) {
                outletsByCountry.computeIfAbsent(o.country(), k -> new ArrayList<>()).add(o);
            }
        }
        wires = knowledge.outlets().all().stream().filter(o -> !o.speaksForItsState()).toList();
        table("forums.tsv").rows().forEach(r -> forums.add(new String[] {r.get("forum"), r.get("country")}));
    }

    /** {@code count} documents, no two with the same text; the same seed gives the same corpus. */
    public Stream<SyntheticDocument> documents(int count, long seed) {
        Iterator<SyntheticDocument> it = new Iterator<>() {
            private final Random random = new Random(seed);
            private final List<SyntheticDocument> pending = new ArrayList<>();
            private final java.util.Set<String> texts = new java.util.HashSet<>();
            private int made;
            private int meeting;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public SyntheticDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SyntheticDocument d;
                do {
                    // two reports of one meeting may draw the same outlet and sentences: a store keeps one text once
                    if (pending.isEmpty()) {
                        pending.addAll(meeting(random, meeting++));
                    }
                    d = pending.remove(0);
                } while (!texts.add(d.text()));
                made++;
                return new SyntheticDocument(String.format(Locale.ROOT, "synthetic-%07d.txt", made), d.meeting(), d.text());
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * One readout of about {@code chars} characters: a meeting's report whose two ministers go on to say more
     * and more, paragraph after paragraph, as a long transcript or a day of talks does. For measuring how
     * extraction time grows with the length of one text; the same seed gives the same text.
     */
    public String longReadout(int chars, long seed) {
        Random random = new Random(seed);
        String opening = meeting(random, 0).get(0).text();
        StringBuilder text = new StringBuilder(chars + 1024).append(opening);
        Official[] sides = ministersOf(opening);
        while (text.length() < chars) {
            boolean first = random.nextBoolean();
            text.append(say(statements.get(random.nextInt(statements.size())).text(), sides[first ? 0 : 1], sides[first ? 1 : 0]))
                    .append("\n\n");
        }
        return text.toString();
    }

    /**
     * Generated readouts run together into one text of {@code chars} characters, a digest or a badly split
     * dump: many meetings of many people in one document. The same seed gives the same text.
     */
    public String manyReadouts(int chars, long seed) {
        StringBuilder text = new StringBuilder(chars + 4096);
        documents(Integer.MAX_VALUE, seed).takeWhile(d -> text.length() < chars).forEach(d -> text.append(d.text()).append('\n'));
        return text.substring(0, Math.min(chars, text.length()));
    }

    // The two ministers a report names: the first pair of one year's ministers that it names both of.
    private Official[] ministersOf(String report) {
        for (List<Official> ministers : ministersByYear.values()) {
            List<Official> named = ministers.stream().filter(o -> report.contains(o.name())).limit(2).toList();
            if (named.size() == 2) {
                return new Official[] {named.get(0), named.get(1)};
            }
        }
        throw new IllegalStateException("a generated report names its two ministers");
    }

    // One meeting and its one to three reports.
    private List<SyntheticDocument> meeting(Random random, int number) {
        List<Integer> years = new ArrayList<>(ministersByYear.keySet());
        int year = years.get(random.nextInt(years.size()));
        List<Official> ministers = ministersByYear.get(year);
        Official host = ministers.get(random.nextInt(ministers.size()));
        Official guest;
        do {
            guest = ministers.get(random.nextInt(ministers.size()));
        } while (guest.country().equals(host.country()));
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Pattern opening = meetings.get(random.nextInt(meetings.size()));
        String[] forum = forums.get(random.nextInt(forums.size()));
        Country hostCountry = country(host);
        Country venue = opening.kind().equals("third") ? knowledge.countries().byCode(forum[1]).orElse(hostCountry)
                : hostCountry;
        if (venue.alpha3().equals(guest.country())) {
            venue = hostCountry;
        }
        List<Pattern> said = new ArrayList<>();
        int sentences = 3 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            said.add(statements.get(random.nextInt(statements.size())));
        }
        boolean[] speakerIsHost = new boolean[sentences];
        for (int i = 0; i < sentences; i++) {
            speakerIsHost[i] = random.nextBoolean();
        }
        int reports = 1 + random.nextInt(3);
        List<SyntheticDocument> docs = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            Official reporter = r == 1 ? guest : host;
            LocalDate written = r == 1 && random.nextInt(3) == 0 ? date.plusDays(1) : date;
            Outlet outlet = outlet(reporter.country(), random);
            StringBuilder text = new StringBuilder();
            String title = country(host).adjectives().get(0) + ", " + country(guest).adjectives().get(0)
                    + " foreign ministers hold talks";
            text.append(" date ").append(written).append(' ').append(title).append("\n\n");
            String city = venue.capital();
            text.append(city.toUpperCase(Locale.ROOT)).append(", ")
                    .append(written.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                    .append(written.getDayOfMonth()).append(dateline(outlet)).append(" -- ")
                    .append(fill(opening.text(), host, guest, city, date, forum[0])).append("\n\n");
            for (int i = 0; i < sentences; i++) {
                // Each outlet leaves out some of what the other side said, as real accounts do.
                if (reports > 1 && random.nextInt(4) == 0) {
                    continue;
                }
                Official speaker = speakerIsHost[i] ? host : guest;
                Official other = speakerIsHost[i] ? guest : host;
                text.append(say(said.get(i).text(), speaker, other)).append("\n\n");
            }
            text.append("Source: ").append(outlet.name()).append('\n');
            docs.add(new SyntheticDocument("", number, text.toString()));
        }
        return docs;
    }

    private String fill(String pattern, Official host, Official guest, String city, LocalDate date, String forum) {
        Country h = country(host);
        Country g = country(guest);
        return pattern.replace("{ha}", h.adjectives().get(0)).replace("{ga}", g.adjectives().get(0))
                .replace("{HT}", host.office()).replace("{GT}", guest.office())
                .replace("{H}", host.name()).replace("{G}", guest.name())
                .replace("{HC}", h.name()).replace("{GC}", g.name())
                .replace("{CITY}", city).replace("{FORUM}", forum)
                .replace("{DAY}", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    private String say(String pattern, Official speaker, Official other) {
        Country s = country(speaker);
        Country o = country(other);
        return pattern.replace("{S}", speaker.name()).replace("{SC}", s.name()).replace("{sa}", s.adjectives().get(0))
                .replace("{OC}", o.name()).replace("{oa}", o.adjectives().get(0));
    }

    private Country country(Official o) {
        return knowledge.countries().byCode(o.country()).orElseThrow();
    }

    // The state's own agency when the outlet file has one, else an international wire.
    private Outlet outlet(String country, Random random) {
        List<Outlet> pool = outletsByCountry.getOrDefault(country, wires);
        return pool.get(random.nextInt(pool.size()));
    }

    // Agencies sign datelines with a short name, "(VNA)"; other outlets leave the parentheses out.
    private static String dateline(Outlet outlet) {
        return outlet.aliases().stream().filter(a -> a.length() <= 8 && a.chars().allMatch(Character::isUpperCase))
                .findFirst().or(() -> Optional.of(outlet.name()).filter(n -> n.split(" ").length == 1))
                .map(a -> " (" + a + ")").orElse("");
    }

    private static Table table(String name) {
        String path = "readout/synthetic/" + name;
        try (InputStream in = SyntheticCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return Table.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
