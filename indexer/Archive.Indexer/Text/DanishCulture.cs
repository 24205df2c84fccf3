using System.Globalization;

namespace Archive.Text;

/// <summary>The one culture used for Danish text: dates, month names and case rules are never left to the machine's locale.</summary>
public static class DanishCulture
{
    public static CultureInfo Instance { get; } = CultureInfo.GetCultureInfo("da-DK");
}
