namespace Archive.Tests;

/// <summary>A folder for one test's files, deleted afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _folder;

    public TemporaryFolder(string prefix) => _folder = Directory.CreateTempSubdirectory(prefix);

    public string FullName => _folder.FullName;

    public string PathTo(string name) => Path.Combine(_folder.FullName, name);

    public void Dispose()
    {
        _folder.Refresh();
        if (_folder.Exists)
        {
            _folder.Delete(recursive: true);
        }
    }
}
