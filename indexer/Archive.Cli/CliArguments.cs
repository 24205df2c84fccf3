namespace Archive.Cli;

/// <summary>The words of a command line: positional arguments, --flags and --options with values.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IReadOnlySet<string> valueOptions)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _options[arg[..eq]] = arg[(eq + 1)..];
                }
                else if (valueOptions.Contains(arg))
                {
                    if (i + 1 >= list.Count)
                    {
                        Error = $"{arg} needs a value";
                        return;
                    }
                    _options[arg] = list[++i];
                }
                else
                {
                    _options[arg] = null;
                }
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Error { get; }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);

    public IEnumerable<string> Options => _options.Keys;
}
