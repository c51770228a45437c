package org.readout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.readout.model.Event;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;
import org.readout.model.StatementKind;
import org.readout.store.Page;
import org.readout.store.QuerySyntaxException;
import org.readout.store.SearchFilter;
import org.readout.store.SearchHit;
import org.readout.store.Store;
import org.readout.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout search QUERY}: full-text search over documents and statements, best first, with the matched words marked. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Full-text search (BM25) over documents and statements, best first, each hit with its best passage,"
                + " the matched words in bold on a terminal, between *asterisks* otherwise, and between [[ ]] in json and csv."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the hits are listed (none is no error)",
            "1:the store could not be opened or read, or is not there",
            "2:usage error (bad option, empty or broken query, unknown country or person)", "3:internal error"})
final class SearchCommand implements Callable<Integer> {
    /** At most this wide, else the terminal's width: prose reads badly in longer lines. */
    private static final int MAX_WIDTH = 100;

    @Parameters(index = "0", paramLabel = "QUERY",
            description = "The words to find, all of them; Lucene syntax works: \"a phrase\", a OR b, -word, (a OR b) AND c."
                    + " A query it cannot read is refused, with where; \\( searches for ( itself.")
    String query;

    @Option(names = "--type", paramLabel = "TYPE",
            completionCandidates = Candidates.HitTypes.class, description = "Only document or only statement hits.")
    SearchHit.Type type;

    @Option(names = "--country", paramLabel = "COUNTRY",
            description = "Documents with a participant of this state; statements of this state's side (code or name).")
    String country;

    @Option(names = "--between", arity = "2", paramLabel = "COUNTRY", description = "Only where these two states meet.")
    List<String> between;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements of this person (any spelling).")
    String speaker;

    @Option(names = "--kind", paramLabel = "KIND",
            completionCandidates = Candidates.Kinds.class, description = "Only statements of this kind (commitment, proposal, ...).")
    StatementKind kind;

    @Option(names = "--topic", paramLabel = "TOPIC", converter = TopicId.class,
            completionCandidates = Candidates.Topics.class, description = "Only statements on this topic (a taxonomy id).")
    String topic;

    @Option(names = "--since", paramLabel = "DATE", description = "Only on or after DATE (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only on or before DATE (yyyy-mm-dd).")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Mixin
    FormatOption format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 to " + Page.MAX_LIMIT + ", not " + limit);
        }
        return store.query(this::search);
    }

    private int search(Store s) {
        SearchFilter filter = SearchFilter.ANY.withType(type).withCountry(country).withSpeaker(speaker).withKind(kind)
                .withTopic(topic).during(since, until);
        if (between != null) {
            filter = filter.withPair(between.get(0), between.get(1));
        }
        List<SearchHit> hits;
        try {
            hits = s.search(query, filter, limit);
        } catch (QuerySyntaxException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("readout: " + e.getMessage());
            if (e.position() > 0) { // the query, and a mark under where it breaks
                err.println("  " + TerminalSafe.text(query));
                err.println("  " + " ".repeat(e.position() - 1) + "^");
            }
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format) {
            case json -> Json.print(out, hits);
            case csv -> csv(hits).printCsv(out);
            case table -> print(out, hits, new Records(s), Colours.wanted(System.console() != null, System.getenv()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "1. statement · Wang Yi (CHN) · 2021-09-11 · 003_b7187f0f73eb9129.txt #11", then the snippet. */
    private static void print(PrintWriter out, List<SearchHit> hits, Records records, boolean terminal) {
        int width = Math.min(MAX_WIDTH, Screen.width());
        if (hits.isEmpty()) {
            out.println("no hits");
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            Optional<ReadoutRecord> record = records.of(hit.documentId());
            StringBuilder head = new StringBuilder().append(i + 1).append(". ").append(Labels.lower(hit.type()));
            record.flatMap(r -> statement(r, hit)).ifPresent(st -> head.append(" · ").append(Labels.speaker(st)));
            record.map(SearchCommand::date).ifPresent(d -> head.append(" · ").append(d));
            head.append(" · ").append(hit.doc()).append(hit.statementIndex() == null ? "" : " #" + hit.statementIndex());
            head.append(String.format(" · score %.2f", hit.score()));
            if (i > 0) {
                out.println();
            }
            out.println(TerminalSafe.text(head.toString()));
            Wrap.print(out, "   ", "   ", Snippets.render(TerminalSafe.text(hit.snippet()), terminal), width);
        }
    }

    private static Optional<Statement> statement(ReadoutRecord r, SearchHit hit) {
        Integer i = hit.statementIndex();
        return i == null || i >= r.statements().size() ? Optional.empty() : Optional.of(r.statements().get(i));
    }

    /** As the store dates statements: the document's first dated event, else its publication. */
    private static LocalDate date(ReadoutRecord r) {
        return r.events().stream().map(Event::date).filter(Objects::nonNull).findFirst().orElse(r.published());
    }

    private static TextTable csv(List<SearchHit> hits) {
        TextTable.Builder t = TextTable.builder("rank", "type", "score", "document", "statement_index", "document_id", "snippet");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            t.row(i + 1, Labels.lower(h.type()), h.score(), h.doc(), h.statementIndex(), h.documentId(), h.snippet().strip());
        }
        return t.build();
    }

    /** The hits' records, each read once, for their speakers and dates. */
    private static final class Records {
        private final Store store;
        private final Map<String, Optional<ReadoutRecord>> byId = new HashMap<>();

        Records(Store store) {
            this.store = store;
        }

        Optional<ReadoutRecord> of(String documentId) {
            return byId.computeIfAbsent(documentId, id -> store.document(id).map(StoredDocument::record));
        }
    }
}
