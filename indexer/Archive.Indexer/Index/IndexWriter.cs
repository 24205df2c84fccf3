using System.Globalization;
using System.Text.Json;
using Archive.Segmentation;
using Microsoft.Data.Sqlite;

namespace Archive.Index;

/// <summary>
/// Writes documents into the index in batches: every change goes into one open transaction
/// until <see cref="Commit"/>, so that a crash or a kill leaves each document either wholly in
/// or wholly out, and a batch of many documents costs one commit and one posting segment instead of
/// one per document. Re-storing a document replaces it. Disposing without committing rolls the
/// batch back.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly PostingsWriter _postings;
    private SqliteTransaction? _transaction;
    private int _nextItemId;

    public IndexWriter(ArchiveIndex index)
    {
        _index = index;
        _postings = new PostingsWriter(index.Connection);
    }

    /// <summary>
    /// Item ids are never reused (the table is AUTOINCREMENT): a posting of a deleted item can
    /// then never be taken for a later item's, and merges drop it.
    /// </summary>
    private int NextItemId(SqliteTransaction transaction)
    {
        if (_nextItemId == 0)
        {
            var last = Run(transaction, "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'items'), 0), coalesce((SELECT max(id) FROM items), 0))");
            _nextItemId = (int)(long)last! + 1;
        }
        return _nextItemId++;
    }

    /// <summary>How many agenda items the open batch holds.</summary>
    public int PendingItems { get; private set; }

    /// <summary>Whether the open batch holds any change.</summary>
    public bool HasPending => _transaction is not null;

    private SqliteTransaction Transaction
    {
        get
        {
            if (_transaction is null)
            {
                _transaction = _index.Connection.BeginTransaction();
                StampGeneration(_transaction);
            }
            return _transaction;
        }
    }

    /// <summary>Makes the open batch durable: after this, a kill loses none of it.</summary>
    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }
        _postings.Flush(_transaction);
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        PendingItems = 0;
    }

    /// <summary>The file that currently supplies a document's content.</summary>
    public (string File, string Format)? PrimaryFileOf(string documentId)
    {
        using var command = _index.Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT file, format FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Records a file as another rendering of an indexed document without re-indexing its content.</summary>
    public void RegisterAlternate(string path, string documentId, string hash, string format) =>
        Run(Transaction, "INSERT OR REPLACE INTO files (path, document_id, content_hash, format) VALUES ($p, $d, $h, $f)",
            ("$p", path), ("$d", documentId), ("$h", hash), ("$f", format));

    public void Store(IndexedDocument document)
    {
        var transaction = Transaction;
        // A stored version goes first; its postings stay until a merge drops them.
        DeleteContent(document.Id, transaction);
        var m = document.Metadata;
        Run(transaction, """
            INSERT INTO documents (id, file, format, content_hash, size, pages, kind, forum, cluster, case_number, date, date_inferred,
                date_earliest, date_latest, participants, absent, indexed_at, organisation)
            VALUES ($id, $file, $format, $hash, $size, $pages, $kind, $forum, $cluster, $case, $date, $inferred, $earliest, $latest,
                $participants, $absent, $at, $organisation)
            """,
            ("$id", document.Id), ("$file", document.File), ("$format", document.Format), ("$hash", document.ContentHash),
            ("$size", document.Size), ("$pages", document.Pages), ("$kind", m.Kind), ("$forum", m.Forum), ("$cluster", m.Cluster),
            ("$case", m.CaseNumber), ("$date", Iso(m.Date)), ("$inferred", m.DateInferred ? 1 : 0), ("$earliest", Iso(m.DateEarliest)),
            ("$latest", Iso(m.DateLatest)), ("$participants", JsonSerializer.Serialize(m.Participants)),
            ("$absent", JsonSerializer.Serialize(m.Absent)), ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("$organisation", m.Organisation));
        Run(transaction, "INSERT OR REPLACE INTO files (path, document_id, content_hash, format) VALUES ($p, $d, $h, $f)",
            ("$p", document.File), ("$d", document.Id), ("$h", document.ContentHash), ("$f", document.Format));
        for (var ordinal = 0; ordinal < document.Items.Count; ordinal++)
        {
            var stored = document.Items[ordinal];
            var item = stored.Item;
            var id = NextItemId(transaction);
            _postings.Add(id, stored.Terms);
            Run(transaction, """
                INSERT INTO items (id, document_id, ordinal, number, title, outcome, outcome_confidence, routine, page, length, ocr_confidence)
                VALUES ($id, $doc, $ordinal, $number, $title, $outcome, $confidence, $routine, $page, $length, $ocr)
                """,
                ("$id", id), ("$doc", document.Id), ("$ordinal", ordinal), ("$number", item.Number), ("$title", item.Title),
                ("$outcome", stored.Outcome), ("$confidence", stored.OutcomeConfidence), ("$routine", stored.Routine ? 1 : 0), ("$page", item.Page),
                ("$length", stored.Terms.Length), ("$ocr", item.OcrConfidence));
            Run(transaction, "INSERT INTO item_texts (id, decision, sections) VALUES ($id, $decision, $sections)",
                ("$id", id), ("$decision", item.Decision),
                ("$sections", stored.StoredSections));
        }
        PendingItems += document.Items.Count;
    }

    /// <summary>Removes a document and every file record that points to it.</summary>
    public void Remove(string documentId)
    {
        var transaction = Transaction;
        DeleteContent(documentId, transaction);
        Run(transaction, "DELETE FROM files WHERE document_id = $id", ("$id", documentId));
        PendingItems++;
    }

    /// <summary>The content hash of every indexed file, read once so that workers can skip unchanged files without the database.</summary>
    public Dictionary<string, string> StoredHashes()
    {
        using var command = _index.Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT path, content_hash FROM files";
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }
        return hashes;
    }

    /// <summary>Folds the write-ahead log back into the index file, so that a finished run leaves one file.</summary>
    public void Checkpoint()
    {
        Commit();
        ArchiveIndex.Execute(_index.Connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>Paths of indexed files, to find the ones that have gone from disk.</summary>
    public IReadOnlyList<(string Path, string DocumentId)> Files()
    {
        using var command = _index.Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT path, document_id FROM files ORDER BY path";
        using var reader = command.ExecuteReader();
        var files = new List<(string, string)>();
        while (reader.Read())
        {
            files.Add((reader.GetString(0), reader.GetString(1)));
        }
        return files;
    }

    /// <summary>Marks the index as changed, so that readers reload their <see cref="ItemCatalog"/>.</summary>
    private void StampGeneration(SqliteTransaction transaction) =>
        Run(transaction, "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', $g)", ("$g", Guid.NewGuid().ToString("N")));

    private void DeleteContent(string documentId, SqliteTransaction transaction)
    {
        Run(transaction, "DELETE FROM item_texts WHERE id IN (SELECT id FROM items WHERE document_id = $id)", ("$id", documentId));
        Run(transaction, "DELETE FROM items WHERE document_id = $id", ("$id", documentId));
        Run(transaction, "DELETE FROM documents WHERE id = $id", ("$id", documentId));
    }

    /// <summary>Statements prepared once and reused: re-preparing each of them for every item cost more than executing them.</summary>
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    private object? Run(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _index.Connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        if (command.Parameters.Count != parameters.Length)
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            // Each statement is always called with its parameters in the same order.
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        _postings.Discard();
        _transaction?.Dispose();
        _transaction = null;
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

