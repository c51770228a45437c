-- Schema 2: point-lookup indexes for the query paths. Range and low-cardinality filters
-- (dates, countries, kinds) are left to DuckDB's zone maps, which beat an ART index there.

CREATE INDEX meeting_accounts_meeting ON meeting_accounts (meeting_id);
CREATE INDEX meeting_conflicts_meeting ON meeting_conflicts (meeting_id);
CREATE INDEX participants_actor ON participants (actor_id);
CREATE INDEX statements_actor ON statements (actor_id);
CREATE INDEX actor_spellings_spelling ON actor_spellings (spelling);
