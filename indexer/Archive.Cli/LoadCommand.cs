using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Archive.Cli;

/// <summary>
/// `./archive load`: a bounded load test on loopback. Starts `serve` as its own process on a free
/// port, runs concurrent clients for a fixed time on a mix of searches, traces, documents and
/// exports, and reports throughput, latency percentiles, errors and the server's memory over time.
/// </summary>
public sealed class LoadCommand : ArchiveCommand
{
    private readonly Option<int> _seconds = new("--seconds") { Description = "How long the clients run", HelpName = "S", DefaultValueFactory = _ => 30 };
    private readonly Option<int> _clients = new("--clients") { Description = "Concurrent clients", HelpName = "N", DefaultValueFactory = _ => 32 };

    public LoadCommand()
        : base("load", "Bounded load test of serve on loopback: throughput, latency percentiles, errors and server memory",
            "./archive load --seconds 10 --clients 16")
    {
        _seconds.Validators.Add(result => CommonOptions.InRange(result, "--seconds", 1, 600));
        _clients.Validators.Add(result => CommonOptions.InRange(result, "--clients", 1, 512));
        Add(_seconds);
        Add(_clients);
        SetAction(RunAsync);
    }

    private static readonly string[] Requests =
    [
        "/api/search?q=konfliktforebyggelse", "/api/search?q=n%C3%A6rhospitaler&page=2", "/api/search?q=hjeml%C3%B8se%20OR%20udsatte",
        "/api/search?q=klynge%3AMidt%20demens&sort=date", "/api/search?q=%22mental%20sundhed%22", "/api/search?q=forebyg*",
        "/api/trace?q=sundhedsprofil&limit=100", "/api/trace?q=rygestop&limit=100", "/api/documents", "/health",
        "/api/export?q=udfald%3Arejected%20klynge%3ANord&format=csv", "/api/export?q=IV-antibiotika%20%C3%A5r%3A2019&format=json",
    ];

    private async Task<int> RunAsync(ParseResult parse)
    {
        var database = parse.GetValue(CommonOptions.Db)!;
        var seconds = parse.GetValue(_seconds);
        var clients = parse.GetValue(_clients);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(LoadCommand).Assembly.Location, "serve", "--db", database, "--urls", url })
        {
            start.ArgumentList.Add(argument);
        }
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await WaitUntilHealthy(http);
            var memory = new List<double> { ResidentMegabytes(server.Id) };
            var latencies = new List<double>[clients];
            var errors = 0;
            var deadline = DateTime.UtcNow.AddSeconds(seconds);
            var sampler = Task.Run(async () =>
            {
                while (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(1000);
                    memory.Add(ResidentMegabytes(server.Id));
                }
            });
            var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                latencies[c] = [];
                var i = c;
                while (DateTime.UtcNow < deadline)
                {
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        using var response = await http.GetAsync(new Uri(Requests[i++ % Requests.Length], UriKind.Relative));
                        await response.Content.ReadAsByteArrayAsync();
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    catch (TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    latencies[c].Add(clock.Elapsed.TotalMilliseconds);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            await sampler;
            var all = latencies.SelectMany(l => l).Order().ToList();
            double P(double p) => all[Math.Clamp((int)Math.Ceiling(p / 100 * all.Count) - 1, 0, all.Count - 1)];
            Console.WriteLine($"Command: ./archive load --db {database} --seconds {seconds} --clients {clients}");
            Console.WriteLine();
            Console.WriteLine("| clients | seconds | requests | requests/s | errors | p50 ms | p95 ms | p99 ms | server RSS MB start → max → end |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {clients} | {seconds} | {all.Count:N0} | {all.Count / (double)seconds:N0} | {errors} | {P(50):0.0} | {P(95):0.0} | {P(99):0.0} | {memory[0]:0} → {memory.Max():0} → {memory[^1]:0} |"));
            return errors == 0 ? 0 : 2;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilHealthy(HttpClient http)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException("the server did not become healthy within 30 s");
    }

    private static double ResidentMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
