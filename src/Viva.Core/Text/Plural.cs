using System.Globalization;

namespace Viva.Core.Text;

/// <summary>Counts with their noun in the right number: "1 day", "2 days", "0 cards".</summary>
public static class Plural
{
    /// <summary>
    /// <paramref name="count"/> and the noun; the plural adds "s" unless <paramref name="plural"/> is given
    /// (e.g. "study", "studies").
    /// </summary>
    public static string Of(int count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, singular, plural)}");
    }

    /// <summary>The noun alone in the number that <paramref name="count"/> asks for.</summary>
    public static string Noun(int count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }
}
