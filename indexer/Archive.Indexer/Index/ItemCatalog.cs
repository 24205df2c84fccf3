using System.Collections.Concurrent;

namespace Archive.Index;

/// <summary>
/// The metadata of every item and meeting in compact arrays, shared by all searches of one index
/// file: a search matches and ranks in the posting lists, and filters, counts facets and sorts here, reading
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

    public string?[] Organisation { get; private set; } = [];

    public string?[] Cluster { get; private set; } = [];

    public string?[] Date { get; private set; } = [];

    public bool[] DateInferred { get; private set; } = [];

    /// <summary>Item id → its length in index terms, for BM25.</summary>
    public int[] Length { get; private set; } = [];

    /// <summary>How many items there are, and their mean length.</summary>
    public int LiveItems { get; private set; }

    public double AverageLength { get; private set; }

    /// <summary>Meeting → the date as yyyymmdd, or −1 without one: compares as the ISO dates do.</summary>
    public int[] DateValue { get; private set; } = [];

    /// <summary>Meeting → its place in date order (undated last, then by meeting id).</summary>
    public int[] ChronologicalRank { get; private set; } = [];

    /// <summary>Facet values as small codes, so that counting a result's facets is array arithmetic.</summary>
    public Facet ClusterFacet { get; private set; } = Facet.Empty;

    public Facet ForumFacet { get; private set; } = Facet.Empty;

    public Facet YearFacet { get; private set; } = Facet.Empty;

    /// <summary>Item id → code of its outcome in <see cref="OutcomeFacet"/>.</summary>
    public Facet OutcomeFacet { get; private set; } = Facet.Empty;

    /// <summary>One facet: the distinct values ("ingen" for none) and each meeting's or item's code.</summary>
    public sealed record Facet(string[] Values, int[] Codes)
    {
        public static Facet Empty { get; } = new([], []);

        public static Facet Of(IReadOnlyList<string?> values)
        {
            var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
            var codes = new int[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? "ingen";
                if (!distinct.TryGetValue(value, out var code))
                {
                    code = distinct.Count;
                    distinct[value] = code;
                }
                codes[i] = code;
            }
            return new Facet([.. distinct.OrderBy(p => p.Value).Select(p => p.Key)], codes);
        }
    }

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
        var organisations = new List<string?>();
        var clusters = new List<string?>();
        var dates = new List<string?>();
        var inferred = new List<bool>();
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT id, file, forum, cluster, date, date_inferred, organisation FROM documents";
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
                organisations.Add(reader.IsDBNull(6) ? null : string.Intern(reader.GetString(6)));
            }
        }
        var maxId = index.Scalar("SELECT coalesce(max(id), 0) FROM items") is long m ? m : 0;
        var meetingOf = Enumerable.Repeat(-1, (int)maxId + 1).ToArray();
        var routine = new bool[maxId + 1];
        var outcome = new string[maxId + 1];
        var length = new int[maxId + 1];
        var live = 0;
        var totalLength = 0L;
        using (var command = index.CreateCommand())
        {
            command.CommandText = "SELECT id, document_id, routine, outcome, length FROM items";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                meetingOf[id] = meetings[reader.GetString(1)];
                routine[id] = reader.GetInt64(2) != 0;
                outcome[id] = string.Intern(reader.GetString(3));
                length[id] = (int)reader.GetInt64(4);
                live++;
                totalLength += length[id];
            }
        }
        catalog.Length = length;
        catalog.LiveItems = live;
        catalog.AverageLength = live == 0 ? 1 : Math.Max(1, (double)totalLength / live);
        catalog.OutcomeFacet = Facet.Of(outcome);
        catalog.ClusterFacet = Facet.Of(clusters);
        catalog.ForumFacet = Facet.Of(forums);
        catalog.YearFacet = Facet.Of(dates.Select(d => d?[..4]).ToList());
        catalog.DateValue = dates.Select(d => d is not null && int.TryParse(d.Replace("-", string.Empty, StringComparison.Ordinal),
            System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : -1).ToArray();
        var chronological = Enumerable.Range(0, ids.Count)
            .OrderBy(m => dates[m] is null).ThenBy(m => dates[m], StringComparer.Ordinal).ThenBy(m => ids[m], StringComparer.Ordinal).ToList();
        var rank = new int[ids.Count];
        for (var i = 0; i < chronological.Count; i++)
        {
            rank[chronological[i]] = i;
        }
        catalog.ChronologicalRank = rank;
        catalog.MeetingOf = meetingOf;
        catalog.Routine = routine;
        catalog.Outcome = outcome;
        catalog.MeetingId = [.. ids];
        catalog.File = [.. files];
        catalog.Forum = [.. forums];
        catalog.Organisation = [.. organisations];
        catalog.Cluster = [.. clusters];
        catalog.Date = [.. dates];
        catalog.DateInferred = [.. inferred];
        return catalog;
    }
}
