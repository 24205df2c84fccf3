namespace Archive.Index;

/// <summary>
/// One index run at a time per index file: an exclusive advisory lock on FILE.lock, released by the
/// operating system when the process ends, even by a kill. A second run is refused with a clear reason.
/// </summary>
public sealed class IndexLock : IDisposable
{
    private readonly FileStream _stream;

    private IndexLock(FileStream stream) => _stream = stream;

    public static IndexLock Acquire(string databasePath)
    {
        var path = databasePath + ".lock";
        try
        {
            return new IndexLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new IndexException($"another ./archive index is writing to {databasePath}: try again when it has finished", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
