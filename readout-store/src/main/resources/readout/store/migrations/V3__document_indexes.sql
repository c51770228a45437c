-- Schema 3: the facts of a few documents looked up by document id. The primary keys are composite,
-- and DuckDB uses an ART index only when its every column is filtered, so without these a
-- statement page's meeting states or a meeting's statements cost a scan of the whole table.

CREATE INDEX statements_document ON statements (document_id);
CREATE INDEX events_document ON events (document_id);
