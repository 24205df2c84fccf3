namespace Archive.Index;

/// <summary>
/// The items one term occurs in, in increasing item id order, with how often it occurs in each
/// full-text column (title, decision, body, compound parts). This is what a search ranks with:
/// decoding a term's list and scoring it costs far less than asking FTS5 for BM25 row by row.
/// </summary>
public sealed class PostingList
{
    public const int Columns = 4;

    public PostingList(int[] ids, byte[] counts, int count)
    {
        Ids = ids;
        Counts = counts;
        Count = count;
    }

    public static PostingList Empty { get; } = new([], [], 0);

    /// <summary>Item ids, ascending; only the first <see cref="Count"/> are used.</summary>
    public int[] Ids { get; }

    /// <summary><see cref="Columns"/> occurrence counts per item, capped at 255.</summary>
    public byte[] Counts { get; }

    public int Count { get; }
}

/// <summary>
/// Writes posting lists: per item, the gap from the previous item id as a LEB128 varint, then one
/// byte per column with the term's occurrence count. A list starts from id 0, so that the lists of
/// consecutive segments decode independently.
/// </summary>
public sealed class PostingBuffer
{
    private byte[] _data = new byte[16];
    private int _last;

    public int Length { get; private set; }

    public int Count { get; private set; }

    public void Add(int id, ReadOnlySpan<byte> counts)
    {
        if (Count > 0 && id <= _last)
        {
            throw new InvalidOperationException($"posting ids must increase: {id} after {_last}");
        }
        Ensure(5 + PostingList.Columns);
        var gap = (uint)(id - (Count > 0 ? _last : 0));
        while (gap >= 0x80)
        {
            _data[Length++] = (byte)(gap | 0x80);
            gap >>= 7;
        }
        _data[Length++] = (byte)gap;
        counts[..PostingList.Columns].CopyTo(_data.AsSpan(Length));
        Length += PostingList.Columns;
        _last = id;
        Count++;
    }

    public ReadOnlySpan<byte> Data => _data.AsSpan(0, Length);

    public byte[] ToArray() => Data.ToArray();

    private void Ensure(int more)
    {
        if (Length + more > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, Length + more));
        }
    }

    /// <summary>Decodes one encoded list, calling <paramref name="visit"/> with each id and its column counts.</summary>
    public static void Decode(ReadOnlySpan<byte> data, Action<int, ReadOnlySpan<byte>> visit)
    {
        var position = 0;
        var id = 0;
        while (position < data.Length)
        {
            id += ReadGap(data, ref position);
            visit(id, data.Slice(position, PostingList.Columns));
            position += PostingList.Columns;
        }
    }

    /// <summary>Decodes the lists of one term's segments, in the order given, into one list; out-of-order segments are sorted.</summary>
    public static PostingList Concatenate(IReadOnlyList<byte[]> segments)
    {
        var total = 0;
        foreach (var segment in segments)
        {
            total += segment.Length / (1 + PostingList.Columns) + 1;
        }
        var ids = new int[total];
        var counts = new byte[total * PostingList.Columns];
        var n = 0;
        var sorted = true;
        foreach (var segment in segments)
        {
            var data = segment.AsSpan();
            var position = 0;
            var id = 0;
            while (position < data.Length)
            {
                id += ReadGap(data, ref position);
                if (n > 0 && id <= ids[n - 1])
                {
                    sorted = false;
                }
                if (n == ids.Length)
                {
                    Array.Resize(ref ids, n * 2);
                    Array.Resize(ref counts, n * 2 * PostingList.Columns);
                }
                ids[n] = id;
                data.Slice(position, PostingList.Columns).CopyTo(counts.AsSpan(n * PostingList.Columns));
                position += PostingList.Columns;
                n++;
            }
        }
        if (!sorted)
        {
            (ids, counts, n) = SortUnique(ids, counts, n);
        }
        return new PostingList(ids, counts, n);
    }

    private static (int[], byte[], int) SortUnique(int[] ids, byte[] counts, int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(ids.AsSpan(0, n).ToArray(), order);
        var sortedIds = new int[n];
        var sortedCounts = new byte[n * PostingList.Columns];
        var m = 0;
        foreach (var i in order)
        {
            if (m > 0 && sortedIds[m - 1] == ids[i])
            {
                continue;
            }
            sortedIds[m] = ids[i];
            counts.AsSpan(i * PostingList.Columns, PostingList.Columns).CopyTo(sortedCounts.AsSpan(m * PostingList.Columns));
            m++;
        }
        return (sortedIds, sortedCounts, m);
    }

    private static int ReadGap(ReadOnlySpan<byte> data, ref int position)
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
