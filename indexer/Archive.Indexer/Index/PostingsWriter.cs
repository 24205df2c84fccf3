using Microsoft.Data.Sqlite;

namespace Archive.Index;

/// <summary>
/// Keeps the posting lists of the index, log-structured: each committed batch adds one segment
/// (a posting list per term for the batch's items), and whenever <see cref="MergeFactor"/>
/// segments of one level exist they are merged into one segment of the next level, dropping
/// the items deleted since. A term's postings are thus spread over a few segments per level,
/// and each posting is rewritten about log₈(items / batch) times. Everything happens inside the
/// writer's open transaction, so a kill never leaves half a segment or half a merge.
/// </summary>
internal sealed class PostingsWriter
{
    public const int MergeFactor = 8;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, PostingBuffer> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _itemCounts = new(StringComparer.Ordinal);
    private int _firstItem = -1;
    private int _items;

    public PostingsWriter(SqliteConnection connection) => _connection = connection;

    /// <summary>Adds one item's terms (the analyzed column texts) and returns its length in terms, for BM25.</summary>
    public int Add(int id, ItemTerms terms)
    {
        _itemCounts.Clear();
        var length = 0;
        length += Count(terms.Title, 0);
        length += Count(terms.Decision, 1);
        length += Count(terms.Body, 2);
        length += Count(terms.Parts, 3);
        foreach (var (term, counts) in _itemCounts)
        {
            if (!_pending.TryGetValue(term, out var buffer))
            {
                buffer = new PostingBuffer();
                _pending[term] = buffer;
            }
            buffer.Add(id, counts);
        }
        if (_firstItem < 0)
        {
            _firstItem = id;
        }
        _items++;
        return length;
    }

    private int Count(string text, int column)
    {
        var n = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var term = text[range];
            if (term.Length == 0)
            {
                continue;
            }
            if (!_itemCounts.TryGetValue(term, out var counts))
            {
                counts = new byte[PostingList.Columns];
                _itemCounts[term] = counts;
            }
            if (counts[column] < byte.MaxValue)
            {
                counts[column]++;
            }
            n++;
        }
        return n;
    }

    /// <summary>Writes the batch's postings as a new segment, then merges full levels.</summary>
    public void Flush(SqliteTransaction transaction)
    {
        if (_items > 0)
        {
            var segment = NewSegment(transaction, 0, _firstItem, _items);
            using var insert = Command(transaction, "INSERT INTO postings (term, segment, data) VALUES ($t, $s, $d)");
            var term = insert.Parameters.Add("$t", SqliteType.Text);
            insert.Parameters.AddWithValue("$s", segment);
            var data = insert.Parameters.Add("$d", SqliteType.Blob);
            foreach (var (text, buffer) in _pending)
            {
                term.Value = text;
                data.Value = buffer.ToArray();
                insert.ExecuteNonQuery();
            }
        }
        _pending.Clear();
        _firstItem = -1;
        _items = 0;
        while (FullLevel(transaction) is { } level)
        {
            Merge(transaction, level);
        }
    }

    /// <summary>Drops the batch without writing it (the transaction was rolled back).</summary>
    public void Discard()
    {
        _pending.Clear();
        _firstItem = -1;
        _items = 0;
    }

    private long NewSegment(SqliteTransaction transaction, int level, long firstItem, long items)
    {
        using var command = Command(transaction, "INSERT INTO segments (level, first_item, items) VALUES ($l, $f, $n) RETURNING id");
        command.Parameters.AddWithValue("$l", level);
        command.Parameters.AddWithValue("$f", firstItem);
        command.Parameters.AddWithValue("$n", items);
        return (long)command.ExecuteScalar()!;
    }

    private int? FullLevel(SqliteTransaction transaction)
    {
        using var command = Command(transaction, "SELECT level FROM segments GROUP BY level HAVING count(*) >= $f ORDER BY level LIMIT 1");
        command.Parameters.AddWithValue("$f", MergeFactor);
        return command.ExecuteScalar() is long level ? (int)level : null;
    }

    private void Merge(SqliteTransaction transaction, int level)
    {
        var merged = new List<(long Id, long First, long Items)>();
        using (var command = Command(transaction, "SELECT id, first_item, items FROM segments WHERE level = $l ORDER BY first_item"))
        {
            command.Parameters.AddWithValue("$l", level);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                merged.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        var first = merged.Min(s => s.First);
        var live = LiveItems(transaction, first);
        var target = NewSegment(transaction, level + 1, first, merged.Sum(s => s.Items));
        var ids = string.Join(',', merged.Select(s => s.Id));
        var order = merged.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);

        using var insert = Command(transaction, "INSERT INTO postings (term, segment, data) VALUES ($t, $s, $d)");
        var termParameter = insert.Parameters.Add("$t", SqliteType.Text);
        insert.Parameters.AddWithValue("$s", target);
        var dataParameter = insert.Parameters.Add("$d", SqliteType.Blob);
        void Write(string term, List<(int Order, byte[] Data)> parts)
        {
            var buffer = new PostingBuffer();
            foreach (var (_, data) in parts.OrderBy(p => p.Order))
            {
                PostingBuffer.Decode(data, (id, counts) =>
                {
                    if (id - first < live.Length && live[id - first])
                    {
                        buffer.Add(id, counts);
                    }
                });
            }
            if (buffer.Count > 0)
            {
                termParameter.Value = term;
                dataParameter.Value = buffer.ToArray();
                insert.ExecuteNonQuery();
            }
        }

        using (var command = Command(transaction, $"SELECT term, segment, data FROM postings WHERE segment IN ({ids}) ORDER BY term"))
        using (var reader = command.ExecuteReader())
        {
            string? current = null;
            var parts = new List<(int, byte[])>();
            while (reader.Read())
            {
                var term = reader.GetString(0);
                if (term != current && current is not null)
                {
                    Write(current, parts);
                    parts.Clear();
                }
                current = term;
                parts.Add((order[reader.GetInt64(1)], (byte[])reader.GetValue(2)));
            }
            if (current is not null)
            {
                Write(current, parts);
            }
        }
        using (var delete = Command(transaction, $"DELETE FROM postings WHERE segment IN ({ids})"))
        {
            delete.ExecuteNonQuery();
        }
        using (var delete = Command(transaction, $"DELETE FROM segments WHERE id IN ({ids})"))
        {
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>Which items from <paramref name="first"/> on still exist, as flags indexed by id − first.</summary>
    private bool[] LiveItems(SqliteTransaction transaction, long first)
    {
        using var command = Command(transaction, "SELECT id FROM items WHERE id >= $f ORDER BY id");
        command.Parameters.AddWithValue("$f", first);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        var live = new bool[ids.Count == 0 ? 0 : ids[^1] - first + 1];
        foreach (var id in ids)
        {
            live[id - first] = true;
        }
        return live;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
