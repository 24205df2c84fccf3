namespace Archive.Analysis;

/// <summary>
/// The Lucene token types of the Danish chain. A <see cref="Word"/> is a word of the text (the
/// terms that take positions and make phrases); every other type is indexed at its word's position.
/// </summary>
public static class TokenTypes
{
    /// <summary>A word of the text, stemmed; a joined word ("covid-19") whole and unstemmed.</summary>
    public const string Word = "word";

    /// <summary>A letters-and-digits part of a joined word: "covid" and "19" of "covid-19".</summary>
    public const string JoinedPart = "joined-part";

    /// <summary>A known word inside a compound: "uddannelse" of "konfliktforebyggelsesuddannelse".</summary>
    public const string CompoundPart = "compound-part";

    /// <summary>
    /// A suspended compound awaiting its head: "børne+ungdomspsykiatrien" from "Børne- og
    /// Ungdomspsykiatrien"; <see cref="DecompoundFilter"/> turns it into "børnepsykiatri" or drops it.
    /// </summary>
    public const string Suspended = "suspended";

    /// <summary>Joins the two halves of a <see cref="Suspended"/> token; no word contains it.</summary>
    public const char SuspendedSeparator = '+';
}
