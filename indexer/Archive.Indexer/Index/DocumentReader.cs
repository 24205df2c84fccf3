using System.Text.Json;

namespace Archive.Index;

/// <summary>Reads whole documents back from the index, by id or by file name.</summary>
public sealed class DocumentReader
{
    private readonly ArchiveIndex _index;

    public DocumentReader(ArchiveIndex index) => _index = index;

    /// <summary>The document with this id, or whose file (path or file name) is this; null when none.</summary>
    public DocumentView? Find(string idOrFile)
    {
        var id = _index.Scalar("SELECT id FROM documents WHERE id = $k", ("$k", idOrFile)) as string
            ?? _index.Scalar("SELECT document_id FROM files WHERE path = $k OR path LIKE $suffix ESCAPE '\\'",
                ("$k", idOrFile), ("$suffix", "%/" + idOrFile.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal))) as string;
        return id is null ? null : Read(id);
    }

    public IReadOnlyList<string> Ids()
    {
        using var command = _index.CreateCommand();
        command.CommandText = "SELECT id FROM documents ORDER BY date, id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private DocumentView? Read(string id)
    {
        using var command = _index.CreateCommand();
        command.CommandText = """
            SELECT file, format, pages, kind, forum, cluster, case_number, date, date_inferred, date_earliest, date_latest, participants, absent, organisation
            FROM documents WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var view = new DocumentView(id, reader.GetString(0), Files(id), reader.GetString(1), (int)reader.GetInt64(2), reader.GetString(3), S(4), S(5), S(6), S(7),
            reader.GetInt64(8) != 0, S(9), S(10), JsonSerializer.Deserialize<List<string>>(reader.GetString(11)) ?? [],
            JsonSerializer.Deserialize<List<string>>(reader.GetString(12)) ?? [], Items(id), S(13));
        return view;
    }

    private List<string> Files(string id)
    {
        using var command = _index.CreateCommand();
        command.CommandText = "SELECT path FROM files WHERE document_id = $id ORDER BY path";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var files = new List<string>();
        while (reader.Read())
        {
            files.Add(reader.GetString(0));
        }
        return files;
    }

    private List<ItemView> Items(string id)
    {
        using var command = _index.CreateCommand();
        command.CommandText = """
            SELECT i.number, i.title, t.decision, i.outcome, i.outcome_confidence, i.routine, i.page, t.sections, i.ocr_confidence
            FROM items i JOIN item_texts t ON t.id = i.id WHERE i.document_id = $id ORDER BY i.ordinal
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var items = new List<ItemView>();
        while (reader.Read())
        {
            var stored = StoredSection.Deserialize(reader.GetString(7));
            items.Add(new ItemView(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Math.Round(reader.GetDouble(4), 3),
                reader.GetInt64(5) != 0, (int)reader.GetInt64(6), StoredSection.Own(stored), StoredSection.History(stored), !reader.IsDBNull(8),
                reader.IsDBNull(8) ? null : reader.GetDouble(8)));
        }
        return items;
    }
}
