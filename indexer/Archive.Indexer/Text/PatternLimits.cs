namespace Archive.Text;

/// <summary>
/// The match time limit of the patterns read from our data files (section labels, forums, routine items,
/// dates). It guards against a pattern that backtracks badly on a hostile line, not against a slow
/// machine: one second was exceeded by ordinary lines on a machine at load average 20–30 on two cores.
/// A document that still hits it fails alone, named with the reason (ArchiveIngester).
/// </summary>
public static class PatternLimits
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
}
