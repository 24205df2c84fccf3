using System.Runtime.CompilerServices;
using Archive.Index;

namespace Archive.Search;

/// <summary>
/// What a query reads of every match, packed into one 64-bit word per document: whether it is a live
/// item, whether it is a standing item, and its cluster, forum, year and outcome codes. A broad query
/// at a million items visits hundreds of thousands of matches scattered over the catalog's arrays;
/// one word per match instead of six arrays saves most of the cache misses of counting them. Made
/// once per catalog (per index reader) and kept while it lives.
/// </summary>
internal sealed class MatchColumns
{
    private static readonly ConditionalWeakTable<ItemCatalog, MatchColumns> ByCatalog = [];

    public const ulong ItemBit = 1;

    public const ulong RoutineBit = 2;

    private MatchColumns(ItemCatalog catalog)
    {
        Cluster = new Field(2, catalog.ClusterFacet.Values.Length);
        Forum = new Field(Cluster.Shift + Cluster.Bits, catalog.ForumFacet.Values.Length);
        Year = new Field(Forum.Shift + Forum.Bits, catalog.YearFacet.Values.Length);
        Outcome = new Field(Year.Shift + Year.Bits, catalog.OutcomeFacet.Values.Length);
        if (Outcome.Shift + Outcome.Bits > 64)
        {
            throw new InvalidDataException(
                $"the index has too many distinct facet values to count ({catalog.ClusterFacet.Values.Length} clusters, {catalog.ForumFacet.Values.Length} forums, {catalog.YearFacet.Values.Length} years, {catalog.OutcomeFacet.Values.Length} outcomes)");
        }
        Words = new ulong[catalog.IsItem.Length];
        for (var doc = 0; doc < Words.Length; doc++)
        {
            if (!catalog.IsItem[doc])
            {
                continue;
            }
            Words[doc] = ItemBit | (catalog.Routine[doc] ? RoutineBit : 0)
                | Cluster.Pack(catalog.ClusterFacet.Codes[doc]) | Forum.Pack(catalog.ForumFacet.Codes[doc])
                | Year.Pack(catalog.YearFacet.Codes[doc]) | Outcome.Pack(catalog.OutcomeFacet.Codes[doc]);
        }
    }

    /// <summary>One word per document number; 0 for what is not a live item.</summary>
    public ulong[] Words { get; }

    public Field Cluster { get; }

    public Field Forum { get; }

    public Field Year { get; }

    public Field Outcome { get; }

    public static MatchColumns For(ItemCatalog catalog) => ByCatalog.GetValue(catalog, c => new MatchColumns(c));

    /// <summary>A facet's code in the word: <see cref="Bits"/> bits from <see cref="Shift"/>, enough for every code.</summary>
    public readonly record struct Field
    {
        public Field(int shift, int values)
        {
            Shift = shift;
            Bits = Math.Max(1, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(1, values - 1)));
            Mask = (1UL << Bits) - 1;
        }

        public int Shift { get; }

        public int Bits { get; }

        public ulong Mask { get; }

        public ulong Pack(int code) => (ulong)code << Shift;

        public int Of(ulong word) => (int)((word >> Shift) & Mask);
    }
}
