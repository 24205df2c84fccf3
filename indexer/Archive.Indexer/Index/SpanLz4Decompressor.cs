using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Index;

/// <summary>
/// Decodes the LZ4 blocks of Lucene's FAST compression mode: the compressed bytes are read with one call
/// and decoded from a span, and the input is left just after the bytes the block used, where Lucene's
/// own decoder leaves it. Stops once the bytes asked for are decoded, as Lucene's does. One instance per
/// reader clone, so per thread.
/// </summary>
internal sealed class SpanLz4Decompressor : Decompressor
{
    private const int MinMatch = 4;

    private readonly Decompressor _lucene = CompressionMode.FAST.NewDecompressor();

    private byte[] _compressed = [];

    public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
    {
        // A merge reads chunks through a checksumming input, which cannot go back: there, Lucene's own decoder
        // (this one reads ahead and seeks back to just after the block).
        if (input is not IndexInput file || input is ChecksumIndexInput)
        {
            _lucene.Decompress(input, originalLength, offset, length, bytes);
            return;
        }
        if (bytes.Bytes.Length < originalLength + 7)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength + 7, 1)];
        }
        // LZ4 never grows a block by more than one byte in 255 and a few bytes of framing.
        var start = file.Position;
        var available = (int)Math.Min(file.Length - start, originalLength + (originalLength / 255) + 16);
        if (_compressed.Length < available)
        {
            _compressed = new byte[ArrayUtil.Oversize(available, 1)];
        }
        file.ReadBytes(_compressed, 0, available);
        var (used, decoded) = Decode(_compressed.AsSpan(0, available), bytes.Bytes, offset + length, file);
        file.Seek(start + used);
        if (decoded > originalLength)
        {
            throw new CorruptIndexException($"corrupted stored fields: decoded {decoded} bytes of a chunk of {originalLength} (resource={file})");
        }
        bytes.Offset = offset;
        bytes.Length = length;
    }

    /// <summary>Decodes sequences until at least <paramref name="wanted"/> bytes are out: the bytes read and written.</summary>
    private static (int Used, int Decoded) Decode(ReadOnlySpan<byte> source, byte[] target, int wanted, IndexInput file)
    {
        int s = 0, t = 0;
        try
        {
            while (true)
            {
                var token = source[s++];
                var literals = Length(source, ref s, token >> 4);
                source.Slice(s, literals).CopyTo(target.AsSpan(t));
                s += literals;
                t += literals;
                if (t >= wanted)
                {
                    return (s, t);
                }
                var distance = source[s] | (source[s + 1] << 8);
                s += 2;
                var match = Length(source, ref s, token & 0x0F) + MinMatch;
                if (distance == 0 || distance > t)
                {
                    throw new CorruptIndexException($"corrupted stored fields: a match {distance} bytes back at byte {t} (resource={file})");
                }
                if (distance >= match)
                {
                    target.AsSpan(t - distance, match).CopyTo(target.AsSpan(t));
                }
                else
                {
                    // The match overlaps what it writes: byte by byte, so that it repeats the run.
                    for (var i = 0; i < match; i++)
                    {
                        target[t + i] = target[t - distance + i];
                    }
                }
                t += match;
                if (t >= wanted)
                {
                    return (s, t);
                }
            }
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new CorruptIndexException($"corrupted stored fields: an LZ4 block runs past its bytes (resource={file})", e);
        }
    }

    /// <summary>A literal or match length: 15 in the token means more bytes follow, each adding up to 255.</summary>
    private static int Length(ReadOnlySpan<byte> source, ref int s, int length)
    {
        if (length == 0x0F)
        {
            byte more;
            do
            {
                more = source[s++];
                length += more;
            }
            while (more == 0xFF);
        }
        return length;
    }

    public override object Clone() => new SpanLz4Decompressor();
}
