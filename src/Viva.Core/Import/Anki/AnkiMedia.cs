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

    /// <summary>
    /// True for a name Anki's flat media folder can hold: no folders, no leading dot, no control characters, at most 200
    /// characters, so a file written under it stays inside the folder.
    /// </summary>
    public static bool IsPlainName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 200 && name[0] != '.' && name.Trim() == name
        && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.Any(char.IsControl);

    [GeneratedRegex(@"!\[[^\]]*\]\((?<image>[^)\s]+)\)|\[sound:(?<sound>[^\]]+)\]")]
    private static partial Regex Reference();
}
