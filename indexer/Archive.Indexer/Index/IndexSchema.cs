namespace Archive.Index;

/// <summary>The index file's layout. Bump <see cref="Version"/> whenever it changes; an index of another version is refused with a clear message.</summary>
public static class IndexSchema
{
    // Version 4 replaced FTS5 with our own posting lists, added item lengths, and made item ids never reused.
    // Version 5 keys postings by segment first, so that a new segment is written at the end of the table.
    // Version 6 adds the meeting's organisation (municipality or region).
    // Version 7 records, per item, the mean OCR confidence of text read from scans (null for a text layer).
    public const int Version = 7;

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
            indexed_at TEXT NOT NULL,
            organisation TEXT);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            format TEXT NOT NULL);
        CREATE INDEX files_document ON files(document_id);
        CREATE TABLE items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            outcome TEXT NOT NULL,
            outcome_confidence REAL NOT NULL,
            routine INTEGER NOT NULL,
            page INTEGER NOT NULL,
            length INTEGER NOT NULL,
            ocr_confidence REAL);
        CREATE INDEX items_document ON items(document_id);
        -- The texts apart from the metadata: a search ranks and counts every match through items,
        -- and reads texts only for the hits it shows.
        CREATE TABLE item_texts (
            id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            decision TEXT NOT NULL,
            sections TEXT NOT NULL);
        -- The full-text index (PostingsWriter): per segment and term, the items the term occurs in,
        -- its count per column, and its positions (read for phrases only). Keyed by segment first:
        -- a batch's segment is appended, not spread over the whole table, and a term is found with
        -- one lookup per segment.
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            level INTEGER NOT NULL,
            first_item INTEGER NOT NULL,
            items INTEGER NOT NULL);
        CREATE TABLE postings (
            term TEXT NOT NULL,
            segment INTEGER NOT NULL,
            data BLOB NOT NULL,
            positions BLOB NOT NULL,
            PRIMARY KEY (segment, term)) WITHOUT ROWID;
        """;
}
