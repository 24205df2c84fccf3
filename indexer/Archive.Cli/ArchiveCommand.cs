using System.CommandLine;

namespace Archive.Cli;

/// <summary>A command of `./archive`: its name, what it does, and an example that its --help shows.</summary>
public abstract class ArchiveCommand : Command
{
    protected ArchiveCommand(string name, string description, params string[] examples)
        : base(name, description) => Examples = examples;

    /// <summary>Command lines shown under "Examples:" in this command's help.</summary>
    public IReadOnlyList<string> Examples { get; }
}
