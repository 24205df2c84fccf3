using Archive.Cli;

return await ArchiveCommands.RunAsync(args);
