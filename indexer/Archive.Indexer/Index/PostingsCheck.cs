namespace Archive.Index;

/// <summary>
/// Reads every posting list of an index and reports what is inconsistent: a list that does not
/// decode, segments of one term that overlap, or an item with terms that no list holds.
/// </summary>
public static class PostingsCheck
{
    public static IReadOnlyList<string> Problems(ArchiveIndex index)
    {
        var problems = new List<string>();
        var found = new HashSet<long>();
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT p.term, p.data, p.positions FROM segments s CROSS JOIN postings p ON p.segment = s.id ORDER BY p.term, s.first_item";
            using var reader = command.ExecuteReader();
            string? current = null;
            var data = new List<byte[]>();
            var positions = new List<byte[]>();
            void Check()
            {
                try
                {
                    var list = PostingBuffer.Concatenate(data, positions);
                    for (var i = 0; i < list.Count; i++)
                    {
                        found.Add(list.Ids[i]);
                    }
                }
                catch (InvalidDataException e)
                {
                    problems.Add($"term '{current}': {e.Message}");
                }
            }
            while (reader.Read())
            {
                var term = reader.GetString(0);
                if (current is not null && term != current)
                {
                    Check();
                    data.Clear();
                    positions.Clear();
                }
                current = term;
                data.Add((byte[])reader.GetValue(1));
                positions.Add((byte[])reader.GetValue(2));
            }
            if (current is not null)
            {
                Check();
            }
        }
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT id FROM items WHERE length > 0";
            using var reader = command.ExecuteReader();
            var missing = 0;
            while (reader.Read())
            {
                missing += found.Contains(reader.GetInt64(0)) ? 0 : 1;
            }
            if (missing > 0)
            {
                problems.Add($"{missing} items have terms that no posting list holds");
            }
        }
        return problems;
    }
}
