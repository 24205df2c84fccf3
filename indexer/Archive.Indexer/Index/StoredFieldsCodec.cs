using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Index;

/// <summary>
/// Lucene's own 4.6 codec, registered under its own name, whose stored fields are read by a faster
/// LZ4 decoder. The files are byte for byte those of Lucene46 (the same format name, chunk size and
/// compressor), so an index written with or without it reads the same. Why: a hit's stored JSON sits in
/// a 16 KB compressed chunk, and Lucene.Net decodes the chunk up to the hit through one virtual call per
/// input byte; that decoding was half of the CPU of reading a hit (BENCHMARKS.md). This decoder reads
/// the compressed bytes in one call and decodes them from a span.
/// </summary>
[CodecName("Lucene46")]
public sealed class StoredFieldsCodec : FilterCodec
{
    private static readonly StoredFieldsFormat Format = new CompressingStoredFieldsFormat("Lucene41StoredFields", SpanLz4Mode.Instance, 1 << 14);

    private static readonly Lazy<bool> Registration = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(StoredFieldsCodec)] });
        return true;
    });

    public StoredFieldsCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => Format;

    /// <summary>Puts this codec in Lucene46's place for the readers and writers of this process (once).</summary>
    public static void Register() => _ = Registration.Value;

    /// <summary>Lucene's FAST mode (LZ4) with <see cref="SpanLz4Decompressor"/> to read it.</summary>
    private sealed class SpanLz4Mode : CompressionMode
    {
        public static SpanLz4Mode Instance { get; } = new();

        public override Compressor NewCompressor() => FAST.NewCompressor();

        public override Decompressor NewDecompressor() => new SpanLz4Decompressor();

        public override string ToString() => "FAST";
    }
}
