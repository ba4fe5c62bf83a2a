using System.Text.RegularExpressions;

namespace Viva.Core.Import.Anki;

/// <summary>The media files a converted field refers to: images (<c>![](name)</c>) and Anki's sounds (<c>[sound:name]</c>).</summary>
public static partial class AnkiMedia
{
    /// <summary>The local file names in <paramref name="markdown"/> (web addresses are not media).</summary>
    public static IEnumerable<string> Names(string markdown) =>
        Reference().Matches(markdown ?? string.Empty)
            .Select(m => m.Groups["image"].Success ? m.Groups["image"].Value : m.Groups["sound"].Value)
            .Where(n => !n.Contains("://", StringComparison.Ordinal) && !n.StartsWith("data:", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"!\[[^\]]*\]\((?<image>[^)\s]+)\)|\[sound:(?<sound>[^\]]+)\]")]
    private static partial Regex Reference();
}
