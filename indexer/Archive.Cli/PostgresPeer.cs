using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Index;

namespace Archive.Cli;

/// <summary>
/// The peer in `./archive bench --peer postgres`: PostgreSQL 15 started on loopback in a temporary
/// cluster, the same agenda items in a table indexed by to_tsvector('danish', …) with GIN, and the
/// same queries through websearch_to_tsquery('danish', …), doing what our search does: rank the top
/// 20, count all matches, and count the four facets.
/// </summary>
public sealed partial class PostgresPeer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";

    private readonly string _folder;
    private readonly int _port;

    private PostgresPeer(string folder, int port)
    {
        _folder = folder;
        _port = port;
    }

    public static bool Available => File.Exists(Path.Combine(Bin, "initdb"));

    public static PostgresPeer Start(string work)
    {
        var folder = Path.Combine(work, "postgres");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        Run("chown", "postgres:postgres", folder);
        var data = Path.Combine(folder, "data");
        AsPostgres(Path.Combine(Bin, "initdb"), "-D", data, "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust");
        var port = 54320 + Random.Shared.Next(0, 500);
        AsPostgres(Path.Combine(Bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "log"), "-w", "start",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_parallel_workers_per_gather=2");
        return new PostgresPeer(folder, port);
    }

    /// <summary>Copies the items of our index into PostgreSQL; returns the seconds the load and the GIN index took.</summary>
    public double Load(string database)
    {
        var tsv = Path.Combine(_folder, "items.tsv");
        using (var index = ArchiveIndex.Open(database, readOnly: true))
        using (var writer = new StreamWriter(tsv, false, new UTF8Encoding(false)))
        {
            var catalog = ItemCatalog.For(index.Searcher.IndexReader);
            foreach (var (doc, stored) in new DocumentReader(index).AllItems())
            {
                var item = stored.Item;
                string[] cells = [doc.ToString(CultureInfo.InvariantCulture), catalog.Cluster(doc) ?? "", catalog.Forum(doc) ?? "", catalog.Date(doc)?[..4] ?? "",
                    stored.Outcome, item.Title, item.Decision + "\n\n" + item.Body];
                writer.WriteLine(string.Join('\t', cells.Select(Escape)));
            }
        }
        Run("chown", "postgres:postgres", tsv);
        Psql("""
            CREATE TABLE items (id bigint PRIMARY KEY, cluster text, forum text, year text, outcome text, title text, body text,
                tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || to_tsvector('danish', body)) STORED);
            """);
        var clock = Stopwatch.StartNew();
        Psql($"COPY items (id, cluster, forum, year, outcome, title, body) FROM '{tsv}'; CREATE INDEX items_tsv ON items USING gin (tsv); ANALYZE items;");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Runs each query <paramref name="repetitions"/> times in one psql session; returns server-reported times (ms) and match counts.</summary>
    public (List<double> Times, Dictionary<string, long> Matches) Query(IReadOnlyList<string> queries, int repetitions)
    {
        var script = new StringBuilder("\\timing on\n");
        foreach (var query in queries)
        {
            script.AppendLine(Sql(query)); // warm-up
        }
        for (var r = 0; r < repetitions; r++)
        {
            foreach (var query in queries)
            {
                script.AppendLine(Sql(query));
            }
        }
        var output = Psql(script.ToString(), tuplesOnly: true);
        var times = TimePattern().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Skip(queries.Count).ToList();
        var counts = TotalPattern().Matches(output).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var matches = queries.Select((q, i) => (q, counts.ElementAtOrDefault(i))).ToDictionary(p => p.q, p => p.Item2, StringComparer.Ordinal);
        return (times, matches);
    }

    /// <summary>Our query language in PostgreSQL terms: filters as SQL, prefixes through to_tsquery, the rest through websearch_to_tsquery.</summary>
    private static string Sql(string query)
    {
        var conditions = new List<string>();
        var words = new List<string>();
        foreach (Match token in TokenPattern().Matches(query))
        {
            var text = token.Value;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !text.StartsWith('"'))
            {
                var (name, value) = (text[..colon], text[(colon + 1)..].Trim('"'));
                conditions.Add(name switch
                {
                    "klynge" => $"cluster = {Literal(value)}",
                    "forum" => $"forum = {Literal(value)}",
                    "udfald" => $"outcome = {Literal(value)}",
                    _ => value.Contains("..", StringComparison.Ordinal)
                        ? $"year BETWEEN {Literal(value.Split("..")[0])} AND {Literal(value.Split("..")[1])}"
                        : $"year = {Literal(value)}",
                });
            }
            else
            {
                words.Add(text);
            }
        }
        var text2 = string.Join(' ', words);
        var tsquery = text2.EndsWith('*') && words.Count == 1
            ? $"to_tsquery('danish', {Literal(text2.TrimEnd('*') + ":*")})"
            : $"websearch_to_tsquery('danish', {Literal(text2)})";
        conditions.Insert(0, "tsv @@ q");
        return $"""
            WITH q AS (SELECT {tsquery} AS q), m AS (SELECT id, cluster, forum, year, outcome, ts_rank(tsv, q) AS r FROM items, q WHERE {string.Join(" AND ", conditions)})
            SELECT 'total=' || (SELECT count(*) FROM m), (SELECT array_agg(id) FROM (SELECT id FROM m ORDER BY r DESC LIMIT 20) t),
              (SELECT json_object_agg(coalesce(cluster, ''), n) FROM (SELECT cluster, count(*) n FROM m GROUP BY cluster) c),
              (SELECT json_object_agg(coalesce(forum, ''), n) FROM (SELECT forum, count(*) n FROM m GROUP BY forum) f),
              (SELECT json_object_agg(coalesce(year, ''), n) FROM (SELECT year, count(*) n FROM m GROUP BY year) y),
              (SELECT json_object_agg(outcome, n) FROM (SELECT outcome, count(*) n FROM m GROUP BY outcome) o);
            """;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private string Psql(string sql, bool tuplesOnly = false)
    {
        var file = Path.Combine(_folder, "script.sql");
        File.WriteAllText(file, sql);
        Run("chown", "postgres:postgres", file);
        return AsPostgres("/usr/bin/psql", "-h", _folder, "-p", _port.ToString(CultureInfo.InvariantCulture), "-d", "postgres", "-v", "ON_ERROR_STOP=1",
            tuplesOnly ? "-At" : "-q", "-f", file);
    }

    private static string AsPostgres(string program, params string[] arguments) => Run("/usr/sbin/runuser", ["-u", "postgres", "--", program, .. arguments]);

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed: {error.Result.Trim()}");
        }
        return output;
    }

    public void Dispose()
    {
        try
        {
            AsPostgres(Path.Combine(Bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
    }

    [GeneratedRegex(@"Time: ([\d.]+) ms")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^total=(\d+)", RegexOptions.Multiline)]
    private static partial Regex TotalPattern();

    [GeneratedRegex("(\\w+:\"[^\"]*\")|(\"[^\"]*\")|(\\S+)")]
    private static partial Regex TokenPattern();
}
