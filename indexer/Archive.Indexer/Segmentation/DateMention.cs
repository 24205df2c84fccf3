namespace Archive.Segmentation;

/// <summary>A date written in the text: day and year may be missing ("i juni", "den 13. februar").</summary>
public sealed record DateMention(int Index, int Length, int? Day, int Month, int? Year)
{
    public bool IsComplete => Day is not null && Year is not null;

    /// <summary>The first or last day the mention can mean in the given year.</summary>
    public DateOnly Resolve(int year, bool last = false)
    {
        if (Day is { } day)
        {
            return new DateOnly(year, Month, Math.Min(day, DateTime.DaysInMonth(year, Month)));
        }
        return last ? new DateOnly(year, Month, DateTime.DaysInMonth(year, Month)) : new DateOnly(year, Month, 1);
    }
}
