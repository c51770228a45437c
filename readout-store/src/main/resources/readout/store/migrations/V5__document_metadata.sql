-- Schema 5: what a document's container said of it besides its text (a JSON Lines or CSV dump's other
-- columns) as a JSON object of strings; null where there was nothing.

ALTER TABLE documents ADD COLUMN metadata VARCHAR;
