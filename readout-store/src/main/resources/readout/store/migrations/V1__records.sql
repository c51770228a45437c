-- Schema 1: the records and their facts, meetings merged from them, actors.
-- Offsets are UTF-16, end-exclusive, into documents.text. Every fact row names its document.

CREATE TABLE documents (
    id                VARCHAR PRIMARY KEY,      -- SHA-256 hex of the decoded text: the same text is one document
    seq               BIGINT NOT NULL UNIQUE,   -- ingest order; the full-text index records the last seq it holds
    name              VARCHAR NOT NULL,         -- the record's doc (file name) at first ingest
    origin            VARCHAR,                  -- the path it was read from
    title             VARCHAR,
    language          VARCHAR,
    published         DATE,
    outlet            VARCHAR,
    url               VARCHAR,
    perspective       VARCHAR,
    topics            VARCHAR[] NOT NULL,
    labels            VARCHAR[] NOT NULL,
    problems          VARCHAR[] NOT NULL,       -- problem codes; the messages are in record_json
    text              VARCHAR NOT NULL,
    record_json       VARCHAR NOT NULL,         -- the whole record as extracted, per shared/spec/record.md
    extractor_version VARCHAR,
    knowledge_hash    VARCHAR,
    ingested_at       TIMESTAMP NOT NULL
);

CREATE TABLE events (
    document_id    VARCHAR NOT NULL,
    event_index    INTEGER NOT NULL,
    mode           VARCHAR NOT NULL,
    date           DATE,
    day            DATE,                        -- date, else the document's publication date: what windows and sorts use
    city           VARCHAR,
    region         VARCHAR,
    country        VARCHAR,
    host           VARCHAR,
    occasion       VARCHAR,
    countries      VARCHAR[] NOT NULL,          -- the participants' states, sorted
    evidence_start INTEGER,
    evidence_end   INTEGER,
    PRIMARY KEY (document_id, event_index)
);

CREATE TABLE participants (
    document_id VARCHAR NOT NULL,
    event_index INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    actor_id    VARCHAR,
    country     VARCHAR,
    roles       VARCHAR[] NOT NULL,             -- as this text gives them; evidence is the event's
    PRIMARY KEY (document_id, event_index, position)
);

CREATE TABLE statements (
    document_id     VARCHAR NOT NULL,
    statement_index INTEGER NOT NULL,
    speaker         VARCHAR,
    actor_id        VARCHAR,                    -- null for "both" and for a state speaking as itself
    country         VARCHAR,
    kind            VARCHAR NOT NULL,
    topics          VARCHAR[] NOT NULL,
    text            VARCHAR NOT NULL,
    date            DATE,                       -- the document's first dated event, else its publication date
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (document_id, statement_index)
);

-- Derived from events by the meeting merger; a meeting's rows are replaced, never edited, when a
-- document joins its neighbourhood. meeting_json is the whole meeting with its accounts and
-- conflicts, so that a page of meetings is one read; the other columns are for filters.
CREATE TABLE meetings (
    id           VARCHAR PRIMARY KEY,
    date         DATE,
    mode         VARCHAR NOT NULL,
    city         VARCHAR,
    region       VARCHAR,
    country      VARCHAR,
    countries    VARCHAR[] NOT NULL,            -- the participants' states, sorted
    actor_ids    VARCHAR[] NOT NULL,            -- the people of all its accounts
    meeting_json VARCHAR NOT NULL
);

CREATE TABLE meeting_accounts (
    meeting_id  VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    event_index INTEGER NOT NULL,
    PRIMARY KEY (document_id, event_index)     -- an event is an account of one meeting only
);

CREATE TABLE meeting_conflicts (
    meeting_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,               -- the merger's order
    field       VARCHAR NOT NULL,
    values_json VARCHAR NOT NULL                -- each account's value, by account key
);

-- People, one row per person whatever the spelling; offices over time come from participants.roles.
CREATE TABLE actors (
    id      VARCHAR PRIMARY KEY,
    name    VARCHAR NOT NULL,
    country VARCHAR
);

CREATE TABLE actor_spellings (
    actor_id VARCHAR NOT NULL,
    spelling VARCHAR NOT NULL,
    PRIMARY KEY (actor_id, spelling)
);
