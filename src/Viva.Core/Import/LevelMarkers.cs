using System.Text.RegularExpressions;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>
/// Finds the level a document attaches to a question or a section: words in brackets
/// (<c>(Easy)</c>, <c>[Advanced]</c>), a <c>Level: medium</c> tag, coloured-circle emoji
/// or star ratings, and headings such as "Basic Level".
/// </summary>
public static partial class LevelMarkers
{
    private static readonly Dictionary<string, Level> DefaultEmoji = new(StringComparer.Ordinal)
    {
        ["🟢"] = Level.Basic,
        ["🟩"] = Level.Basic,
        ["🟡"] = Level.Intermediate,
        ["🟨"] = Level.Intermediate,
        ["🟠"] = Level.Intermediate,
        ["🟧"] = Level.Intermediate,
        ["🔴"] = Level.Advanced,
        ["🟥"] = Level.Advanced,
    };

    /// <summary>The built-in meaning of coloured-circle emoji, used when a document has no legend.</summary>
    public static IReadOnlyDictionary<string, Level> DefaultLegend => DefaultEmoji;

    private const int MaxLevelHeadingLength = 48;

    /// <summary>Reads a heading such as "Basic Level", "Advanced Level Questions" or "🟢 Easy"; null when it is not one.</summary>
    public static Level? FromHeading(string heading)
    {
        if (heading.Length > MaxLevelHeadingLength || !MayNameLevel(heading))
        {
            return null;
        }

        var match = LevelHeading().Match(heading.Trim());
        return match.Success ? LevelNames.FromWord(match.Groups["word"].Value) : null;
    }

    /// <summary>Removes a level marker from <paramref name="text"/> and returns the level it named.</summary>
    public static Level? Extract(ref string text, IReadOnlyDictionary<string, Level> legend)
    {
        ArgumentNullException.ThrowIfNull(legend);
        // A letter marker opens the text with "[": the pattern need not run on the rest.
        var letter = text.AsSpan().TrimStart().StartsWith('[') ? LetterMarker().Match(text) : Match.Empty;
        if (letter.Success)
        {
            text = QuestionText.Tidy(text.Remove(letter.Index, letter.Length));
            return char.ToUpperInvariant(letter.Groups["letter"].Value[0]) switch { 'E' => Level.Basic, 'M' => Level.Intermediate, _ => Level.Advanced };
        }

        // Cheap guards first: most questions carry no marker at all, and each pattern below needs a level word.
        var mayName = MayNameLevel(text);
        var marked = (mayName && text.AsSpan().IndexOfAny("([{") >= 0 ? TryRemove(Bracketed(), ref text) : null)
            ?? (mayName && text.AsSpan().IndexOfAny(TagWords) >= 0 ? TryRemove(Tagged(), ref text) : null)
            ?? (mayName && text.AsSpan().IndexOfAny("-–—|") >= 0 ? TryRemove(Trailing(), ref text) : null);
        if (marked is not null)
        {
            return marked;
        }

        if (!HasSymbol(text))
        {
            return null;
        }

        text = StripJoiners(text);
        foreach (var (emoji, level) in legend)
        {
            var index = text.IndexOf(emoji, StringComparison.Ordinal);
            if (index >= 0)
            {
                text = QuestionText.Tidy(text.Remove(index, emoji.Length));
                return level;
            }
        }

        var stars = Stars().Match(text);
        if (stars.Success)
        {
            text = QuestionText.Tidy(text.Remove(stars.Index, stars.Length));
            var count = stars.Value.Count(c => c == '⭐' || c == '★');
            return count switch { <= 1 => Level.Basic, 2 => Level.Intermediate, _ => Level.Advanced };
        }

        return null;
    }

    /// <summary>
    /// False when <paramref name="text"/> is plain ASCII without a level word, which every level pattern needs; other
    /// text is left to the patterns' own reading of case.
    /// </summary>
    private static bool MayNameLevel(string text) => !System.Text.Ascii.IsValid(text) || text.AsSpan().IndexOfAny(LevelWords) >= 0;

    private static readonly System.Buffers.SearchValues<string> LevelWords =
        System.Buffers.SearchValues.Create(Words.Split('|'), StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> TagWords =
        System.Buffers.SearchValues.Create(["level", "difficulty"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes <paramref name="pattern"/>'s first match from <paramref name="text"/> when it names a level, and returns that level.</summary>
    private static Level? TryRemove(Regex pattern, ref string text)
    {
        var match = pattern.Match(text);
        if (match.Success && LevelNames.FromWord(match.Groups["word"].Value) is { } level)
        {
            text = QuestionText.Tidy(text.Remove(match.Index, match.Length));
            return level;
        }

        return null;
    }

    // Variation selectors and zero-width joiners vary between copies of the same emoji.
    private static string StripJoiners(string text) =>
        text.Contains('\uFE0F') || text.Contains('\u200D') ? text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal).Replace("\u200D", string.Empty, StringComparison.Ordinal) : text;

    /// <summary>True when the text holds an emoji or other pictographic symbol.</summary>
    public static bool HasSymbol(ReadOnlySpan<char> text)
    {
        // Every symbol looked for lies at or above SymbolFloor: one vectorised range check spares most text the rest.
        var first = text.IndexOfAnyInRange(SymbolFloor, char.MaxValue);
        if (first < 0)
        {
            return false;
        }

        text = text[first..];
        return text.IndexOfAnyInRange('\uD800', '\uDBFF') >= 0 || text.IndexOfAny(BmpSymbols) >= 0;
    }

    // Emoji outside the supplementary planes that documents use as level marks.
    private const string BmpSymbolChars = "⭐★☆✅✔✓✗❌⚪⚫⚡✨❓❗❤♦♥♠♣■□▲△●○◆◇";
    private static readonly System.Buffers.SearchValues<char> BmpSymbols = System.Buffers.SearchValues.Create(BmpSymbolChars);

    // The lowest of those symbols and of the high surrogates that open supplementary-plane emoji.
    private static readonly char SymbolFloor = (char)Math.Min(BmpSymbolChars.Min(), '\uD800');

    /// <summary>
    /// Reads a legend line such as "🟢 Basic · 🟡 Intermediate · 🔴 Advanced" and returns what each
    /// emoji means; an empty map when the line is not a legend.
    /// </summary>
    public static IReadOnlyDictionary<string, Level> ReadLegend(string line)
    {
        var legend = new Dictionary<string, Level>(StringComparer.Ordinal);
        if (!HasSymbol(line))
        {
            return legend;
        }

        foreach (Match match in LegendEntry().Matches(line))
        {
            var emoji = StripJoiners(match.Groups["emoji"].Value);
            if (LevelNames.FromWord(match.Groups["word"].Value) is { } level && emoji.Length > 0)
            {
                legend[emoji] = level;
            }
        }

        return legend.Count >= 2 ? legend : new Dictionary<string, Level>();
    }

    private const string Words = "basic|beginner|easy|elementary|entry|junior|intermediate|medium|moderate|mid|advanced|hard|expert|difficult|senior";

    [GeneratedRegex(@"^[^\p{L}]*(?<word>" + Words + @")(?:[\s-]*(?:level|levels|questions?|difficulty|tier))*[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelHeading();

    [GeneratedRegex(@"\s*[\(\[{]\s*(?:level\s*[:=-]?\s*|difficulty\s*[:=-]?\s*)?(?<word>" + Words + @")(?:\s+level)?\s*[\)\]}]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\s*[-–—|·,]?\s*(?:level|difficulty)\s*[:=]\s*\**(?<word>" + Words + @")\**\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Tagged();

    [GeneratedRegex(@"\s+[-–—|]\s*\**(?<word>" + Words + @")\**\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^\s*\[(?<letter>[EMHemh])\]\s*")]
    private static partial Regex LetterMarker();

    /// <summary>Removes a leading one-letter level marker (<c>[E]</c>, <c>[M]</c>, <c>[H]</c>) for judging the text.</summary>
    public static string WithoutLetterMarker(string text) => LetterMarker().Replace(text, string.Empty, 1);

    [GeneratedRegex(@"[⭐★]+")]
    private static partial Regex Stars();

    [GeneratedRegex(@"(?<emoji>(?:[\p{So}\p{Cs}][\uFE0F\u200D]?)+)[\s\u200D\uFE0F]*[:=\-–]?\s*\**(?<word>" + Words + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegendEntry();
}
