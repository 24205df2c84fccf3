using Microsoft.Data.Sqlite;

namespace Archive.Index;

/// <summary>
/// Keeps the posting lists of the index, log-structured: each committed batch adds one segment
/// (a posting list per term for the batch's items), and whenever <see cref="MergeFactor"/>
/// segments of one level exist they are merged into one segment of the next level, dropping
/// the items deleted since. A term's postings are thus spread over a few segments per level,
/// and each posting is rewritten about log₁₆(items / batch) times. Everything happens inside the
/// writer's open transaction, so a kill never leaves half a segment or half a merge.
/// </summary>
internal sealed class PostingsWriter
{
    public const int MergeFactor = 16;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, PostingBuffer> _pending = new(StringComparer.Ordinal);
    private int _firstItem = -1;
    private int _items;

    public PostingsWriter(SqliteConnection connection) => _connection = connection;

    /// <summary>Adds one item's terms; ids must increase.</summary>
    public void Add(int id, ItemTerms terms)
    {
        foreach (var term in terms.Terms)
        {
            if (!_pending.TryGetValue(term.Term, out var buffer))
            {
                buffer = new PostingBuffer();
                _pending[term.Term] = buffer;
            }
            buffer.Add(id, term.Counts, term.Positions);
        }
        if (_firstItem < 0)
        {
            _firstItem = id;
        }
        _items++;
    }

    /// <summary>Writes the batch's postings as a new segment, then merges full levels.</summary>
    public void Flush(SqliteTransaction transaction)
    {
        if (_items > 0)
        {
            var segment = NewSegment(transaction, 0, _firstItem, _items);
            using var insert = Insert(transaction, segment);
            // In term order, as the table's key runs: each insert lands beside the one before.
            foreach (var term in _pending.Keys.Order(StringComparer.Ordinal))
            {
                Write(insert, term, _pending[term]);
            }
        }
        Discard();
        while (FullLevel(transaction) is { } level)
        {
            Merge(transaction, level);
        }
    }

    /// <summary>Drops the batch: written, or rolled back with its transaction.</summary>
    public void Discard()
    {
        _pending.Clear();
        _firstItem = -1;
        _items = 0;
    }

    private SqliteCommand Insert(SqliteTransaction transaction, long segment)
    {
        var insert = Command(transaction, "INSERT INTO postings (term, segment, data, positions) VALUES ($t, $s, $d, $p)");
        insert.Parameters.Add("$t", SqliteType.Text);
        insert.Parameters.AddWithValue("$s", segment);
        insert.Parameters.Add("$d", SqliteType.Blob);
        insert.Parameters.Add("$p", SqliteType.Blob);
        return insert;
    }

    private static void Write(SqliteCommand insert, string term, PostingBuffer buffer)
    {
        insert.Parameters["$t"].Value = term;
        insert.Parameters["$d"].Value = buffer.Data;
        insert.Parameters["$p"].Value = buffer.Positions;
        insert.ExecuteNonQuery();
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
        var first = merged[0].First;
        var live = LiveItems(transaction, first);
        var target = NewSegment(transaction, level + 1, first, merged.Sum(s => s.Items));
        var ids = string.Join(',', merged.Select(s => s.Id));

        using var insert = Insert(transaction, target);
        void Merged(string term, List<(byte[] Data, byte[] Positions)> parts)
        {
            var buffer = new PostingBuffer();
            foreach (var (data, positions) in parts)
            {
                PostingBuffer.Decode(data, positions, (id, counts, encoded) =>
                {
                    if (id - first < live.Length && live[id - first])
                    {
                        buffer.AddEncoded(id, counts, encoded);
                    }
                });
            }
            if (buffer.Count > 0)
            {
                Write(insert, term, buffer);
            }
        }

        // A k-way merge of the segments, each read in its key order (term within segment): no sort,
        // and memory for one row per segment. The segments are in item order, so a term's parts are too.
        var commands = new List<SqliteCommand>();
        var readers = new List<SqliteDataReader>();
        try
        {
            foreach (var segment in merged)
            {
                var command = Command(transaction, "SELECT term, data, positions FROM postings WHERE segment = $s ORDER BY term");
                command.Parameters.AddWithValue("$s", segment.Id);
                commands.Add(command);
                readers.Add(command.ExecuteReader());
            }
            var heads = readers.Select(r => r.Read() ? r.GetString(0) : null).ToArray();
            var parts = new List<(byte[], byte[])>();
            while (heads.Any(h => h is not null))
            {
                var term = heads.Where(h => h is not null).Aggregate((x, y) => Utf8Order.Compare(x!, y!) <= 0 ? x : y)!;
                parts.Clear();
                for (var i = 0; i < readers.Count; i++)
                {
                    if (heads[i] == term)
                    {
                        parts.Add(((byte[])readers[i].GetValue(1), (byte[])readers[i].GetValue(2)));
                        heads[i] = readers[i].Read() ? readers[i].GetString(0) : null;
                    }
                }
                Merged(term, parts);
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
            commands.ForEach(c => c.Dispose());
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

    /// <summary>The order SQLite keeps text keys in: UTF-8 bytes, that is code points (UTF-16 sorts surrogates too early).</summary>
    private static class Utf8Order
    {
        public static int Compare(string a, string b)
        {
            var n = Math.Min(a.Length, b.Length);
            for (var i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return Fix(a[i]).CompareTo(Fix(b[i]));
                }
            }
            return a.Length.CompareTo(b.Length);
        }

        private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
