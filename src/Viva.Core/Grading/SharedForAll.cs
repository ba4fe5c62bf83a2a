using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that gives one thing to all where the key point gives one to each: "a single group spanning all the
/// channels" for "one group per channel", "one scale for the whole tensor" for "a scale per channel". Both things are
/// named, so the words read as the point; only "per" against "all" tells.
/// </summary>
internal static partial class SharedForAll
{
    /// <summary>The point's "per" phrase, as a conflict at the answer's "single … all" phrase, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        foreach (Match each in PerEach().Matches(unit.Plain))
        {
            var (thing, unitOver) = (Stem(each.Groups["thing"].Value), Stem(each.Groups["over"].Value));
            if (AllOf(unit.Plain, unitOver))
            {
                // A point that says both ("one per channel, not one for all channels") is no "per" claim alone.
                continue;
            }

            foreach (Match shared in OneForAll().Matches(answer.Text))
            {
                if (Stem(shared.Groups["thing"].Value) == thing && Stem(shared.Groups["over"].Value) == unitOver && !PerOf(answer.Text, unitOver))
                {
                    return new UnitConflict(ConflictKind.Negated, each.Value.Trim(), shared.Index, shared.Length, null, null);
                }
            }
        }

        return null;
    }

    private static string Stem(string word) => PorterStemmer.Stem(word.ToLowerInvariant());

    // Whether the text says a thing for all of these ("all the channels", "every channel").
    private static bool AllOf(string text, string over) =>
        AllWord().Matches(text).Any(m => Stem(m.Groups["over"].Value) == over);

    // Whether the text says a thing for each of these ("per channel", "each channel").
    private static bool PerOf(string text, string over) =>
        PerWord().Matches(text).Any(m => Stem(m.Groups["over"].Value) == over);

    [GeneratedRegex(@"\b(?<thing>[a-z][\w-]*)\s+(?:per|for\s+each|for\s+every)\s+(?<over>[a-z][\w-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PerEach();

    [GeneratedRegex(@"\b(?:a\s+single|one|single|the\s+same|a\s+shared|one\s+shared)\s+(?<thing>[a-z][\w-]*)\b[^.;,]{0,30}?\b(?:all|the\s+whole|the\s+entire)\s+(?:the\s+|of\s+the\s+)?(?<over>[a-z][\w-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex OneForAll();

    [GeneratedRegex(@"\b(?:all|every|the\s+whole|the\s+entire)\s+(?:the\s+|of\s+the\s+)?(?<over>[a-z][\w-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex AllWord();

    [GeneratedRegex(@"\b(?:per|each)\s+(?<over>[a-z][\w-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PerWord();
}
