using System.Runtime.InteropServices;
using System.Text;

namespace Archive.Analysis;

/// <summary>
/// The Snowball Danish stemmer from libstemmer (Debian package libstemmer0d), through P/Invoke.
/// A stemmer is not thread-safe: use <see cref="Current"/>, one per thread.
/// </summary>
public sealed partial class DanishStemmer
{
    private const string Library = "libstemmer.so.0d";

    private readonly IntPtr _handle;

    private DanishStemmer()
    {
        try
        {
            _handle = sb_stemmer_new("danish", "UTF_8");
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException("libstemmer is not installed: apt-get install libstemmer0d (./archive does this)", e);
        }
        if (_handle == IntPtr.Zero)
        {
            throw new InvalidOperationException("libstemmer has no Danish stemmer");
        }
    }

    private static readonly ThreadLocal<DanishStemmer> PerThread = new(() => new DanishStemmer());

    public static DanishStemmer Current => PerThread.Value!;

    public unsafe string Stem(string lowerWord)
    {
        var bytes = Encoding.UTF8.GetBytes(lowerWord);
        fixed (byte* input = bytes)
        {
            var output = sb_stemmer_stem(_handle, input, bytes.Length);
            if (output == null)
            {
                return lowerWord;
            }
            var length = sb_stemmer_length(_handle);
            return Encoding.UTF8.GetString(output, length);
        }
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr sb_stemmer_new(string algorithm, string encoding);

    [LibraryImport(Library)]
    private static unsafe partial byte* sb_stemmer_stem(IntPtr stemmer, byte* word, int size);

    [LibraryImport(Library)]
    private static partial int sb_stemmer_length(IntPtr stemmer);
}
