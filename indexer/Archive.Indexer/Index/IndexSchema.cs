namespace Archive.Index;

/// <summary>The index file's layout. Bump <see cref="Version"/> whenever it changes; an index of another version is refused with a clear message.</summary>
public static class IndexSchema
{
    // Version 3 also reads files written with FTS5 prefix indexes: they only sped up prefix queries,
    // and cost 40 % of indexing time (BENCHMARKS.md), so new files have none.
    public const int Version = 3;

    public const string Create = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            kind TEXT NOT NULL,
            forum TEXT,
            cluster TEXT,
            case_number TEXT,
            date TEXT,
            date_inferred INTEGER NOT NULL,
            date_earliest TEXT,
            date_latest TEXT,
            participants TEXT NOT NULL,
            absent TEXT NOT NULL,
            indexed_at TEXT NOT NULL);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            format TEXT NOT NULL);
        CREATE INDEX files_document ON files(document_id);
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            outcome TEXT NOT NULL,
            outcome_confidence REAL NOT NULL,
            routine INTEGER NOT NULL,
            page INTEGER NOT NULL);
        CREATE INDEX items_document ON items(document_id);
        -- The texts apart from the metadata: a search ranks and counts every match through items,
        -- and reads texts only for the hits it shows.
        CREATE TABLE item_texts (
            id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            decision TEXT NOT NULL,
            sections TEXT NOT NULL);
        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, decision, body, parts,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '-/.'");
        """;
}
