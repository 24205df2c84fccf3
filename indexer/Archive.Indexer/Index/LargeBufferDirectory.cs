using Lucene.Net.Store;

namespace Archive.Index;

/// <summary>
/// Lucene's NIOFSDirectory reading its files in 16 KB steps instead of 1 KB. Lucene.Net pays two system
/// calls for every refill of a buffer (the file's length, then the read), and a broad query at a
/// million items reads megabytes of postings: the larger buffer cut such a query's time by about a
/// sixth (BENCHMARKS.md). The inputs a query clones from these keep their buffer size.
/// </summary>
internal sealed class LargeBufferDirectory : NIOFSDirectory
{
    private const int BufferSize = 16 * 1024;

    public LargeBufferDirectory(string path)
        : base(path)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered)
        {
            buffered.SetBufferSize(BufferSize);
        }
        return input;
    }
}
