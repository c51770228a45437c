-- Schema 4: the meeting a few documents' events are accounts of, looked up by document id (a search
-- page's hits link to their meetings). The primary key (document_id, event_index) is composite, and
-- DuckDB uses an ART index only when its every column is filtered.

CREATE INDEX meeting_accounts_document ON meeting_accounts (document_id);
