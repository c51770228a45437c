package org.readout.extract.knowledge;

/** Small invented knowledge tables for the tests of this package. */
final class KnowledgeFixtures {
    private KnowledgeFixtures() {
    }

    static Table table(String name, String... lines) {
        return Table.parse(name, String.join("\n", lines) + "\n");
    }

    static Countries countries() {
        return Countries.from(table("countries.tsv",
                "alpha3\talpha2\tname\taliases\tadjectives\tcapital",
                "KAZ\tKZ\tKazakhstan\t\tKazakh|Kazakhstani\tAstana",
                "MYS\tMY\tMalaysia\t\tMalaysian\tKuala Lumpur",
                "TUR\tTR\tTurkey\tTürkiye|Turkiye\tTurkish\tAnkara",
                "USA\tUS\tUnited States\tUS|U.S.\tAmerican\tWashington",
                "EUU\tEU\tEuropean Union\tEU\tEuropean|EU\tBrussels",
                "RUS\tRU\tRussia\t\tRussian\tMoscow"),
                table("metonyms.tsv", "place\tcountry", "Washington\tUSA", "Kremlin\tRUS"));
    }

    static Titles titles() {
        return new Titles(table("titles.tsv",
                "term\tkind\texpansion\tcollective",
                "minister\thead\t\t",
                "dr\thonorific\t\t",
                "h.e.\thonorific\t\t",
                "his excellency\thonorific\t\t",
                "datuk seri\thonorific\t\t",
                "sheikh\tcourtesy\t\t"));
    }

    static Offices offices() {
        return new Offices(table("offices.tsv",
                "phrase\tcountry\toffice\tlevel",
                "President\t\tPresident\thead_of_state",
                "King\t\tMonarch\thead_of_state",
                "Prime Minister\t\tPrime Minister\thead_of_government",
                "Foreign Minister\t\tForeign Minister\tminister",
                "Minister of Foreign Affairs\t\tForeign Minister\tminister",
                "Secretary of State\tUSA\tForeign Minister\tminister",
                "Top Diplomat\tEUU\tForeign Minister\tminister",
                "Deputy Prime Minister\t\tDeputy Prime Minister\tdeputy"), countries());
    }
}
