using System.Collections.Concurrent;

namespace Archive.Index;

/// <summary>
/// The metadata of every item and meeting in compact arrays, shared by all searches of one index
/// file: a search ranks its matches in FTS5 and filters, counts facets and sorts here, reading
/// text only for the hits it shows. Immutable; reloaded when a write has stamped a new generation.
/// </summary>
public sealed class ItemCatalog
{
    private static readonly ConcurrentDictionary<string, ItemCatalog> Cache = new(StringComparer.Ordinal);

    private ItemCatalog(string generation) => Generation = generation;

    public string Generation { get; }

    /// <summary>Item id → meeting index, or -1 where no item has that id.</summary>
    public int[] MeetingOf { get; private set; } = [];

    public bool[] Routine { get; private set; } = [];

    public string[] Outcome { get; private set; } = [];

    public string[] MeetingId { get; private set; } = [];

    public string[] File { get; private set; } = [];

    public string?[] Forum { get; private set; } = [];

    public string?[] Cluster { get; private set; } = [];

    public string?[] Date { get; private set; } = [];

    public bool[] DateInferred { get; private set; } = [];

    public IEnumerable<long> ItemIds => Enumerable.Range(0, MeetingOf.Length).Where(i => MeetingOf[i] >= 0).Select(i => (long)i);

    public bool Contains(long id) => id >= 0 && id < MeetingOf.Length && MeetingOf[id] >= 0;

    /// <summary>The catalog of the index as this connection sees it: cached, or loaded in the connection's snapshot.</summary>
    public static ItemCatalog For(ArchiveIndex index)
    {
        var generation = index.Scalar("SELECT value FROM meta WHERE key = 'generation'") as string ?? "none";
        if (Cache.TryGetValue(index.Path, out var cached) && cached.Generation == generation)
        {
            return cached;
        }
        var catalog = Load(index, generation);
        Cache[index.Path] = catalog;
        return catalog;
    }

    private static ItemCatalog Load(ArchiveIndex index, string generation)
    {
        var catalog = new ItemCatalog(generation);
        var meetings = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var files = new List<string>();
        var forums = new List<string?>();
        var clusters = new List<string?>();
        var dates = new List<string?>();
        var inferred = new List<bool>();
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT id, file, forum, cluster, date, date_inferred FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                meetings[reader.GetString(0)] = ids.Count;
                ids.Add(reader.GetString(0));
                files.Add(reader.GetString(1));
                forums.Add(reader.IsDBNull(2) ? null : string.Intern(reader.GetString(2)));
                clusters.Add(reader.IsDBNull(3) ? null : string.Intern(reader.GetString(3)));
                dates.Add(reader.IsDBNull(4) ? null : reader.GetString(4));
                inferred.Add(reader.GetInt64(5) != 0);
            }
        }
        var maxId = index.Scalar("SELECT coalesce(max(id), 0) FROM items") is long m ? m : 0;
        var meetingOf = Enumerable.Repeat(-1, (int)maxId + 1).ToArray();
        var routine = new bool[maxId + 1];
        var outcome = new string[maxId + 1];
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT id, document_id, routine, outcome FROM items";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                meetingOf[id] = meetings[reader.GetString(1)];
                routine[id] = reader.GetInt64(2) != 0;
                outcome[id] = string.Intern(reader.GetString(3));
            }
        }
        catalog.MeetingOf = meetingOf;
        catalog.Routine = routine;
        catalog.Outcome = outcome;
        catalog.MeetingId = [.. ids];
        catalog.File = [.. files];
        catalog.Forum = [.. forums];
        catalog.Cluster = [.. clusters];
        catalog.Date = [.. dates];
        catalog.DateInferred = [.. inferred];
        return catalog;
    }
}
