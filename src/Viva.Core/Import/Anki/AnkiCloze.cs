using System.Text.RegularExpressions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Anki's cloze deletions, <c>{{c1::text}}</c> or <c>{{c1::text::hint}}</c>: each number is one card, which hides the
/// deletions of its number and shows the others filled in.
/// </summary>
public static partial class AnkiCloze
{
    /// <summary>What a hidden deletion shows.</summary>
    public const string Blank = "[…]";

    /// <summary>The cloze numbers used in <paramref name="text"/>, ascending.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        [.. Deletion().Matches(text ?? string.Empty).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];

    /// <summary>The card for <paramref name="number"/>: its deletions blanked (with the hint, if any), the others filled in.</summary>
    public static string Question(string text, int number) => Deletion().Replace(text ?? string.Empty, m =>
        Number(m) != number ? m.Groups["text"].Value
        : m.Groups["hint"].Success ? $"[{m.Groups["hint"].Value}]" : Blank);

    /// <summary>Every deletion filled in.</summary>
    public static string Answer(string text) => Deletion().Replace(text ?? string.Empty, m => m.Groups["text"].Value);

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{\{c(?<n>\d{1,4})::(?<text>.*?)(?:::(?<hint>.*?))?\}\}", RegexOptions.Singleline)]
    private static partial Regex Deletion();
}
