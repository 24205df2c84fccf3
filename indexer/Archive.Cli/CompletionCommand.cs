using System.CommandLine;

namespace Archive.Cli;

/// <summary>`./archive completion bash`: a script that makes bash complete commands, options and their values.</summary>
public sealed class CompletionCommand : ArchiveCommand
{
    private readonly Argument<string> _shell = new("SHELL") { Description = "The shell to write the script for" };

    public CompletionCommand()
        : base("completion", "Print a shell completion script (source it from ~/.bashrc)",
            "source <(./archive completion bash)",
            "./archive completion bash >> ~/.bashrc")
    {
        _shell.AcceptOnlyFromAmong("bash");
        Add(_shell);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        Console.Write(BashScript);
        return 0;
    }

    // The program answers System.CommandLine's [suggest:POSITION] directive with one completion per line;
    // the script hands it the line without the program's own name, and keeps the completions that start with
    // the word being typed (System.CommandLine also offers words that merely contain it: "case" for "se").
    private const string BashScript = """
        # bash completion for ./archive (from: ./archive completion bash)
        _archive_complete() {
          local program="${COMP_WORDS[0]}"
          local line="${COMP_LINE#"$program"}"
          local position=$(( COMP_POINT - ${#program} ))
          local current="${line##* }"
          local IFS=$'\n' word
          COMPREPLY=()
          for word in $("$program" "[suggest:$position]" "$line" 2>/dev/null); do
            [[ "$word" == "$current"* ]] && COMPREPLY+=("$word")
          done
        }
        complete -o default -F _archive_complete archive ./archive

        """;
}
