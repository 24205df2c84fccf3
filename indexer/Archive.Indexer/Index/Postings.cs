namespace Archive.Index;

/// <summary>
/// The items one term occurs in, in increasing item id order, with how often it occurs in each
/// full-text column (title, decision, body, compound parts). This is what a search ranks with:
/// decoding a term's list and scoring it costs far less than asking FTS5 for BM25 row by row.
/// </summary>
public sealed class PostingList
{
    public const int Columns = 4;

    public PostingList(int[] ids, byte[] counts, int count, int[]? positionStarts = null, int[]? positions = null)
    {
        Ids = ids;
        Counts = counts;
        Count = count;
        PositionStarts = positionStarts;
        Positions = positions;
    }

    /// <summary>When read with positions: item i's positions are Positions[PositionStarts[i]..PositionStarts[i + 1]], ascending.</summary>
    public int[]? PositionStarts { get; }

    public int[]? Positions { get; }

    public ReadOnlySpan<int> PositionsOf(int i) =>
        Positions.AsSpan(PositionStarts![i], PositionStarts[i + 1] - PositionStarts[i]);

    public static PostingList Empty { get; } = new([], [], 0);

    /// <summary>Item ids, ascending; only the first <see cref="Count"/> are used.</summary>
    public int[] Ids { get; }

    /// <summary><see cref="Columns"/> occurrence counts per item, capped at 255.</summary>
    public byte[] Counts { get; }

    public int Count { get; }
}

/// <summary>
/// Writes posting lists as two blobs. The list: per item, the gap from the previous item id as a
/// LEB128 varint, then one byte per column with the term's occurrence count; it starts from id 0,
/// so that the lists of consecutive segments decode independently. The positions, read only for
/// phrases: per item, the number of positions, then each as the gap from the one before.
/// </summary>
public sealed class PostingBuffer
{
    private readonly Bytes _data = new();
    private readonly Bytes _positions = new();
    private int _last;

    public int Count { get; private set; }

    public void Add(int id, ReadOnlySpan<byte> counts, ReadOnlySpan<int> positions)
    {
        AddEntry(id, counts);
        _positions.Varint((uint)positions.Length);
        var previous = 0;
        foreach (var position in positions)
        {
            _positions.Varint((uint)(position - previous));
            previous = position;
        }
    }

    /// <summary>Adds an entry copied from another list: its positions as they were encoded.</summary>
    public void AddEncoded(int id, ReadOnlySpan<byte> counts, ReadOnlySpan<byte> encodedPositions)
    {
        AddEntry(id, counts);
        _positions.Append(encodedPositions);
    }

    private void AddEntry(int id, ReadOnlySpan<byte> counts)
    {
        if (Count > 0 && id <= _last)
        {
            throw new InvalidOperationException($"posting ids must increase: {id} after {_last}");
        }
        _data.Varint((uint)(id - (Count > 0 ? _last : 0)));
        _data.Append(counts[..PostingList.Columns]);
        _last = id;
        Count++;
    }

    public byte[] Data => _data.ToArray();

    public byte[] Positions => _positions.ToArray();

    /// <summary>A growable byte array.</summary>
    private sealed class Bytes
    {
        private byte[] _buffer = new byte[16];
        private int _length;

        public void Varint(uint value)
        {
            Ensure(5);
            while (value >= 0x80)
            {
                _buffer[_length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            _buffer[_length++] = (byte)value;
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }

    /// <summary>One entry of an encoded list: the item, its column counts and its encoded positions.</summary>
    public delegate void Visitor(int id, ReadOnlySpan<byte> counts, ReadOnlySpan<byte> encodedPositions);

    /// <summary>Decodes one encoded list and its positions, entry by entry.</summary>
    public static void Decode(ReadOnlySpan<byte> data, ReadOnlySpan<byte> positions, Visitor visit)
    {
        var at = 0;
        var positionAt = 0;
        var id = 0;
        while (at < data.Length)
        {
            id += ReadVarint(data, ref at);
            var start = positionAt;
            var n = ReadVarint(positions, ref positionAt);
            for (var i = 0; i < n; i++)
            {
                ReadVarint(positions, ref positionAt);
            }
            visit(id, Slice(data, at, PostingList.Columns), positions[start..positionAt]);
            at += PostingList.Columns;
        }
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int start, int length) =>
        start + length <= data.Length ? data.Slice(start, length) : throw new InvalidDataException("a posting list in the index is corrupt");

    /// <summary>
    /// Decodes the lists of one term's segments, in item order, into one list; with positions
    /// when they are given (one blob per segment).
    /// </summary>
    public static PostingList Concatenate(IReadOnlyList<byte[]> segments, IReadOnlyList<byte[]>? positionSegments = null)
    {
        // Every entry takes at least one byte of id and a byte per column: an upper bound on the count.
        var total = segments.Sum(s => s.Length / (1 + PostingList.Columns));
        var ids = new int[total];
        var counts = new byte[total * PostingList.Columns];
        var n = 0;
        foreach (var segment in segments)
        {
            var data = segment.AsSpan();
            var position = 0;
            var id = 0;
            while (position < data.Length)
            {
                id += ReadVarint(data, ref position);
                if (n > 0 && id <= ids[n - 1])
                {
                    throw new InvalidDataException("the segments of a posting list overlap: the index is corrupt, delete it and index again");
                }
                Slice(data, position, PostingList.Columns).CopyTo(counts.AsSpan(n * PostingList.Columns));
                ids[n++] = id;
                position += PostingList.Columns;
            }
        }
        if (positionSegments is null)
        {
            return new PostingList(ids, counts, n);
        }
        var starts = new int[n + 1];
        var positions = new List<int>(n * 2);
        var item = 0;
        foreach (var segment in positionSegments)
        {
            var data = segment.AsSpan();
            var at = 0;
            while (at < data.Length && item < n)
            {
                starts[item] = positions.Count;
                var count = ReadVarint(data, ref at);
                var position = 0;
                for (var i = 0; i < count; i++)
                {
                    position += ReadVarint(data, ref at);
                    positions.Add(position);
                }
                item++;
            }
        }
        if (item != n)
        {
            throw new InvalidDataException("a posting list and its positions disagree: the index is corrupt, delete it and index again");
        }
        starts[n] = positions.Count;
        return new PostingList(ids, counts, n, starts, [.. positions]);
    }

    private static int ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            if (position >= data.Length || shift > 28)
            {
                throw new InvalidDataException("a posting list in the index is corrupt");
            }
            b = data[position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }
}
