using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Checkable units for a question without key points, taken from its reference answer: one per
/// sentence, list item or table row. A fragment of fewer than <see cref="MinWords"/> content words
/// joins the unit before it; a long reference keeps its <see cref="MaxUnits"/> weightiest units.
/// </summary>
public static partial class ReferenceUnits
{
    /// <summary>The fewest content words a unit of its own has.</summary>
    public const int MinWords = 3;

    /// <summary>The most units derived from one reference (as many as a question may have key points).</summary>
    public const int MaxUnits = 7;

    /// <summary>The units of <paramref name="plainReference"/> (plain text, one block per line), in reading order.</summary>
    /// <param name="plainReference">The reference answer after <see cref="PlainText.FromMarkdown"/>.</param>
    /// <param name="idf">Weights that decide which units to keep when there are too many.</param>
    public static IReadOnlyList<string> Derive(string plainReference, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(plainReference);
        ArgumentNullException.ThrowIfNull(idf);
        var units = new List<(string Text, List<GradingToken> Tokens)>();
        foreach (var block in plainReference.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var sentence in SentenceEnd().Split(block))
            {
                var text = sentence.Trim();
                var tokens = GradingTokenizer.Tokenize(text, idf);
                if (tokens.Count == 0)
                {
                    continue;
                }

                if (units.Count > 0 && (tokens.Count < MinWords || units[^1].Tokens.Count < MinWords))
                {
                    units[^1] = (units[^1].Text + " " + text, [.. units[^1].Tokens, .. tokens]);
                }
                else
                {
                    units.Add((text, tokens));
                }
            }
        }

        if (units.Count <= MaxUnits)
        {
            return [.. units.Select(u => u.Text)];
        }

        var kept = units
            .Select((u, i) => (Index: i, Mass: u.Tokens.Select(t => t.Key).Distinct(StringComparer.Ordinal).Sum(idf.Weight)))
            .OrderByDescending(u => u.Mass)
            .Take(MaxUnits)
            .Select(u => u.Index)
            .Order();
        return [.. kept.Select(i => units[i].Text)];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d(""'])")]
    private static partial Regex SentenceEnd();
}
