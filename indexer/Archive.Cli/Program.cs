using Archive.Cli;

return await ArchiveCli.RunAsync(args);
