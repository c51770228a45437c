package org.readout.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.analysis.StatementRef;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * The embedded store: a folder holding a DuckDB database ({@value #DATABASE_FILE}) with the records,
 * their facts, meetings and actors, and a Lucene index ({@value #INDEX_FOLDER}/) for full text.
 * No server: one process opens it for writing at a time.
 *
 * <p>A batch of documents is stored in one database transaction with all their facts and the
 * meetings and actors they change, so a crash leaves all of a batch or none of it. The full-text
 * index is derived from the database: whatever a crash kept from it is added on the next open.
 *
 * <p>Thread-safe: ingests are serialised; queries run on connections of their own, alongside them.
 *
 * <p>Opened read-only ({@link #openReadOnly}), it writes nothing and takes no write lock: it can be read
 * in a folder this user cannot write, and by several processes at once.
 */
public final class Store implements AutoCloseable {
    public static final String DATABASE_FILE = "readout.duckdb";
    public static final String INDEX_FOLDER = "index";

    private final StoreConfig config;
    private final Database db;
    private final TextIndex index;
    private final Schema schema = Schema.current();
    private final RecordJson json = new RecordJson();
    private final Ingester ingester;
    private final MeetingQueries meetingQueries;
    private final StatementQueries statementQueries;
    private final ActorQueries actorQueries = new ActorQueries();
    private final PairQueries pairQueries = new PairQueries();
    private final LabelQueries labelQueries = new LabelQueries();
    private final DocumentQueries documentQueries = new DocumentQueries();
    private final TextSearch search;
    private final CountryCodes countries;
    private final ActorKeys actorKeys;
    private final StoredActorIds storedActorIds;
    private final boolean readOnly;
    private Readout readout;

    private Store(StoreConfig config, Knowledge knowledge, Database db, TextIndex index) {
        this.readOnly = index.readOnly();
        this.config = config;
        this.db = db;
        this.index = index;
        this.actorKeys = new ActorKeys(knowledge);
        this.countries = new CountryCodes(knowledge.countries(), () -> db.read(c -> Sql.list(c,
                "SELECT DISTINCT unnest(countries) AS code FROM meetings ORDER BY code", rs -> rs.getString(1))));
        IndexEntries entries = new IndexEntries(actorKeys);
        // whatever a crash left out of the index is added before anything else is

        long lastSeq = db.read(c -> {
            if (readOnly) {
                IndexSync.requireCaughtUp(c, index);
            } else {
                IndexSync.catchUp(c, index, entries, json);
            }
            return Sql.count(c, "SELECT coalesce(max(seq), 0) FROM documents");
        });
        this.ingester = new Ingester(db, index, new DocumentWriter(json, actorKeys),
                new MeetingUpdater(new MeetingMerger(), new MeetingRows(json, actorKeys)), entries, this::extractor, lastSeq);
        this.meetingQueries = new MeetingQueries(json, actorKeys, countries);
        this.statementQueries = new StatementQueries(actorKeys, countries);
        this.search = new TextSearch(index, actorKeys, countries);
        this.storedActorIds = new StoredActorIds(db, this::version);
    }

    /** Opens the store in {@code dir}, creating it if missing, migrating its schema and catching up its index. */
    public static Store open(Path dir) {
        return open(StoreConfig.at(dir));
    }

    public static Store open(StoreConfig config) {
        Knowledge knowledge = KnowledgeLoader.load(config.knowledgeDir());
        try {
            Files.createDirectories(config.dir());
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + config.dir() + ": " + e.getMessage(), e);
        }
        Database db = Database.open(config.dir().resolve(DATABASE_FILE), config.databaseThreads());
        return assemble(config, knowledge, db, Schema.current()::migrate, TextIndex::open);
    }

    /**
     * Opens the store in {@code config.dir()} only to read it: nothing is created, migrated or caught
     * up, and ingesting fails. A store that needs any of that is refused, with what to run.
     */
    public static Store openReadOnly(StoreConfig config) {
        Path file = config.dir().resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store in " + config.dir());
        }
        Knowledge knowledge = KnowledgeLoader.load(config.knowledgeDir());
        Database db = Database.open(file, config.databaseThreads(), true);
        return assemble(config, knowledge, db, Schema.current()::requireCurrent, TextIndex::openReadOnly);
    }

    /** The store over an open database, its schema made or checked ready and its index opened; on a failure both are closed. */
    private static Store assemble(StoreConfig config, Knowledge knowledge, Database db, Consumer<Database> schema,
                                  Function<Path, TextIndex> openIndex) {
        TextIndex index = null;
        try {
            schema.accept(db);
            index = openIndex.apply(config.dir().resolve(INDEX_FOLDER));
            return new Store(config, knowledge, db, index);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            db.close();
            throw e;
        }
    }

    /** Whether the store was opened only to read. */
    public boolean readOnly() {
        return readOnly;
    }

    public Path dir() {
        return config.dir();
    }

    /**
     * The extraction engine this store ingests with (its knowledge), built on first use: for callers
     * that extract without storing, so that one process loads the models once.
     */
    public synchronized Readout extractor() {
        if (readout == null) {
            readout = Readout.create(ReadoutConfig.withKnowledge(config.knowledgeDir()));
        }
        return readout;
    }

    /**
     * Extracts and stores a document, unless one with the same text is stored already.
     *
     * @param origin where the document was read from (a path), kept with it; may be null
     */
    public IngestResult ingest(SourceDocument document, String origin) {
        return ingest(List.of(new DocumentInput(document, origin))).get(0);
    }

    /**
     * Stores documents in one transaction (faster than one by one: a batch of a few dozen is a good
     * size), extracting those that come without a record and skipping those whose text is stored
     * already; one result per input.
     */
    public List<IngestResult> ingest(List<DocumentInput> inputs) {
        if (readOnly) {
            throw new StoreException("the store is open read-only");
        }
        return ingester.ingest(inputs);
    }

    /** Stores a document whose record the caller has extracted, unless one with the same text is stored already. */
    public IngestResult ingest(SourceDocument document, String origin, ReadoutRecord record) {
        return ingest(List.of(new DocumentInput(document, origin, record))).get(0);
    }

    /** Whether a document with this text is stored. */
    public boolean holds(SourceDocument document) {
        return contains(ContentHash.of(document.text()));
    }

    /** Whether a document with this id (the SHA-256 of its text) is stored. */
    public boolean contains(String documentId) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM documents WHERE id = ?", documentId) > 0);
    }

    /** A stored document by id, with its text and record. */
    public Optional<StoredDocument> document(String id) {
        return db.read(c -> Sql.list(c, "SELECT seq, origin, text, record_json FROM documents WHERE id = ?",
                rs -> new StoredDocument(id, rs.getLong(1), rs.getString(2), rs.getString(3), json.record(rs.getString(4))),
                id).stream().findFirst());
    }

    /** When the first of these documents was stored (UTC); empty where none is stored. */
    public Optional<LocalDateTime> firstIngested(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", Collections.nCopies(documentIds.size(), "?"));
        return db.read(c -> Sql.list(c, "SELECT min(ingested_at) FROM documents WHERE id IN (" + marks + ")",
                rs -> Optional.ofNullable(rs.getObject(1, LocalDateTime.class)), documentIds.toArray()).get(0));
    }

    /** Stored documents in ingest order, without their texts. */
    public List<DocumentSummary> documents(Page page) {
        return db.read(c -> documentQueries.documents(c, page));
    }

    /**
     * The store's version: the ingest order of the last document stored, read from memory. It grows
     * whenever an ingest stores something (only after its transaction commits), so an answer worked
     * out at one version holds for as long as the version is the same: what caches key by.
     */
    public long version() {
        return ingester.lastSeq();
    }

    public StoreCounts counts() {
        return db.read(c -> Sql.list(c, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
                        + " (SELECT count(*) FROM statements), (SELECT count(*) FROM meetings), (SELECT count(*) FROM actors)",
                rs -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).get(0));
    }

    /** What is wrong with the store; empty when it holds together. */
    public List<String> check() {
        return db.read(c -> IntegrityCheck.run(c, schema.latestVersion(), index));
    }

    /** Meetings in date order (undated last). */
    public List<Meeting> meetings(MeetingFilter filter, Page page) {
        return db.read(c -> meetingQueries.meetings(c, filter, page));
    }

    /** How many meetings {@link #meetings} pages through for this filter. */
    public long meetingCount(MeetingFilter filter) {
        return db.read(c -> meetingQueries.count(c, filter));
    }

    /** How many pairs {@link #countryPairs} pages through. */
    public long countryPairCount() {
        return db.read(pairQueries::count);
    }

    /** The pairs of states that met, most meetings first, then by codes. */
    public List<CountryPair> countryPairs(Page page) {
        return db.read(c -> pairQueries.pairs(c, page));
    }

    /**
     * The formal names of two states' relationship (each alpha-3 code or name), in the order they first appear,
     * each with its first and last day and the documents that give it.
     *
     * @throws IllegalArgumentException for a name no country has, or one country named twice
     */
    public List<RelationshipName> relationshipNames(String country, String other) {
        List<String> sides = sides(country, other);
        return db.read(c -> labelQueries.names(c, sides.get(0), sides.get(1)));
    }

    /** A meeting by id, with the records of the documents that give its accounts. */
    public Optional<MeetingDetail> meeting(String id) {
        return db.read(c -> meetingQueries.meeting(c, id));
    }

    /** The actor id of each of these names (participants', speakers') that means a stored person, by name. */
    public Map<String, String> actorIds(Collection<String> names) {
        Set<String> stored = storedActorIds.current();
        Map<String, String> byName = new HashMap<>();
        names.forEach(name -> actorKeys.resolve(name).map(ActorKeys.ActorKey::id).filter(stored::contains)
                .ifPresent(id -> byName.put(name, id)));
        return byName;
    }

    /** The ids that start with {@code prefix}, in id order, at most {@code limit}: for ids abbreviated as git abbreviates hashes. */
    public List<String> meetingIds(String prefix, int limit) {
        return db.read(c -> meetingQueries.idsStartingWith(c, prefix, limit));
    }

    /** Statements in date order (undated last), then by document and in text order. */
    public List<StatementRef> statements(StatementFilter filter, Page page) {
        return db.read(c -> statementQueries.statements(c, filter, page));
    }

    /** How many statements {@link #statements} pages through for this filter. */
    public long statementCount(StatementFilter filter) {
        return db.read(c -> statementQueries.count(c, filter));
    }

    /** The original address (URL) of each of these documents that has one, by document id. */
    public Map<String, String> documentUrls(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, String> urls = new HashMap<>();
            Sql.each(c, "SELECT id, url FROM documents WHERE url IS NOT NULL AND id IN (" + Sql.placeholders(documentIds.size()) + ")",
                    rs -> urls.put(rs.getString(1), rs.getString(2)), documentIds.toArray());
            return urls;
        });
    }

    /**
     * The statements that may promise, as {@link org.readout.analysis.commitment.CommitmentGrouper} takes
     * them: commitments (of {@code country}, alpha-3 code or name, if not null) and what both sides
     * agreed or committed to.
     */
    public List<StatementRef> promises(String country) {
        return Promises.of(this::statements, countryCode(country));
    }

    /** Statements per period, side and topic in the documents where the two states meet. */
    public List<TopicCount> topicCounts(String country, String other, TopicCount.Period period) {
        List<String> sides = sides(country, other);
        return db.read(c -> statementQueries.topicCounts(c, sides.get(0), sides.get(1), period));
    }

    /** The two sides of a relationship as codes; one country given twice is refused. */
    private List<String> sides(String country, String other) {
        String a = countryCode(country);
        String b = countryCode(other);
        if (Objects.equals(a, b)) {
            throw new IllegalArgumentException("a relationship is between two different countries, not " + a + " and itself");
        }
        return List.of(a, b);
    }

    /** Stored records in ingest order. */
    public List<ReadoutRecord> records(Page page) {
        return db.read(c -> Sql.list(c, "SELECT record_json FROM documents ORDER BY seq LIMIT ? OFFSET ?",
                rs -> json.record(rs.getString(1)), page.limit(), page.offset()));
    }

    /** Every stored record in ingest order, one at a time (for exports). */
    public void forEachRecord(Consumer<ReadoutRecord> action) {
        db.read(c -> {
            Sql.each(c, "SELECT record_json FROM documents ORDER BY seq", rs -> action.accept(json.record(rs.getString(1))));
            return null;
        });
    }

    /** People in name order; with a query, those one of whose spellings contains it. */
    public List<Actor> actors(String query, Page page) {
        return db.read(c -> actorQueries.actors(c, query, page));
    }

    /** Like {@link #actors(String, Page)}, each with how many events, meetings and statements they have, in {@code sort} order. */
    public List<ActorSummary> actors(String query, ActorSummary.Sort sort, Page page) {
        return db.read(c -> actorQueries.summaries(c, query, sort, page));
    }

    /** How many people {@link #actors(String, ActorSummary.Sort, Page)} pages through for this query. */
    public long actorCount(String query) {
        return db.read(c -> actorQueries.count(c, query));
    }

    /** A person by actor id, without the work of their profile. */
    public Optional<Actor> actorById(String id) {
        return db.read(c -> actorQueries.byId(c, id));
    }

    /** A person's offices over time, by actor id. */
    public Optional<ActorProfile> actor(String id) {
        return db.read(c -> actorQueries.actor(c, id));
    }

    /** The topics of a person's statements (by actor id), most first. */
    public List<TopicTotal> actorTopics(String id) {
        return db.read(c -> actorQueries.topics(c, id));
    }

    /**
     * The alpha-3 code of a country named by code or name ("VNM", "Vietnam", "Viet Nam"), as the
     * filters resolve it; null for null.
     *
     * @throws IllegalArgumentException for a name no country has
     */
    public String countryCode(String codeOrName) {
        return countries.code(codeOrName);
    }

    /** The name of the country with this alpha-3 code ("VNM" gives "Vietnam"); empty for a code no country has. */
    public Optional<String> countryName(String code) {
        return countries.name(code);
    }

    /**
     * Writes the documents, events, participants, statements and meetings tables as one file each
     * ("statements.csv") into {@code dir}, created if missing; files of the same name are replaced.
     *
     * @return the files written, in that order
     */
    public List<Path> exportTables(Path dir, TableFormat format) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return db.read(c -> TableExport.write(c, dir, format));
    }

    /** Full-text search (Lucene query syntax, words joined by AND) over documents and statements, best first. */
    public List<SearchHit> search(String query, SearchFilter filter, int limit) {
        return search.search(query, filter, limit);
    }

    /** How many entries {@link #search} finds without a limit. */
    public int searchCount(String query, SearchFilter filter) {
        return search.count(query, filter);
    }

    /** The hits with their documents, statements and meetings, read at once: what a page of results shows. */
    public List<SearchResult> searchContext(List<SearchHit> hits) {
        return db.read(c -> SearchContext.of(c, hits));
    }

    @Override
    public synchronized void close() {
        try {
            if (!readOnly && !index.failed()) {
                ingester.commitIndex();
            }
            index.close();
        } finally {
            db.close();
        }
    }
}
