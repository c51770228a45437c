-- Schema 6: tables a notebook reads as they are (issue 12).
-- events.day was events.date, else the document's publication date: a second copy of what
-- events.date and documents.published hold. Queries now take coalesce(e.date, d.published).
-- DuckDB refuses to alter a table an index depends on, so the document index is made again.

DROP INDEX events_document;
ALTER TABLE events DROP COLUMN day;
CREATE INDEX events_document ON events (document_id);

-- origin kept the path as ingest was given it, often absolute (/home/someone/...): a local path
-- becomes its file name, with the entry inside a container; a web address and a relative path stay.
-- The same rule as StoredOrigin, which ingest applies to new documents.
UPDATE documents
SET origin = regexp_extract(split_part(origin, '!/', 1), '[^/\\]*$')
    || CASE WHEN strpos(origin, '!/') > 0 THEN substr(origin, strpos(origin, '!/')) ELSE '' END
WHERE regexp_matches(origin, '^(/|~|\\|[A-Za-z]:[\\/]|file:)', 'i');
