using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that adds another of a kind to what the key point limits with "only": "you still run the backward
/// pass as well" for "inference runs only the forward pass". The answer names the point's thing with another word
/// before it, in a sentence that says it comes in addition ("also", "as well", "too").
/// </summary>
internal static partial class BrokenExclusion
{
    // How many words after "only" name what it limits the claim to ("only the forward pass").
    private const int Reach = 3;

    /// <summary>The point's limited thing, as a conflict at the answer's other one, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        var unitKeys = unit.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (only, span) in LimitedPhrase.After(unit.Plain, unit.Tokens, OnlyWord(), Reach))
        {
            if (span.Count < 2 || span.Any(t => t.Negated))
            {
                continue;
            }

            // The thing limited is the phrase's last word ("pass"); the words before it say which one ("forward").
            var tokens = answer.Tokens;
            for (var p = 1; p < tokens.Count; p++)
            {
                var (other, said) = (tokens[p - 1], tokens[p]);
                if (said.Key == span[^1].Key && !said.Negated && !other.Negated && other.Clause == said.Clause && !unitKeys.Contains(other.Key)
                    && Adjacent(answer.Text, other, said) && InAddition().IsMatch(SentenceOf(answer, said)))
                {
                    return new UnitConflict(ConflictKind.Negated, only.Value, other.Start, said.End - other.Start, null, null);
                }
            }
        }

        return null;
    }

    // The whole sentence of a word, with what follows its last word ("… partition as well.").
    private static string SentenceOf(AnswerIndex answer, in GradingToken token)
    {
        if (answer.SentenceBounds(token.Sentence) is not { } bounds || bounds.End > answer.Text.Length)
        {
            return string.Empty;
        }

        var stop = answer.Text.IndexOfAny(['.', '!', '?', ';', '\n'], bounds.End);
        return answer.Text[bounds.Start..(stop < 0 ? answer.Text.Length : stop)];
    }

    // Two words of one phrase, nothing but spaces between them ("backward pass").
    private static bool Adjacent(string text, in GradingToken first, in GradingToken second) =>
        first.End <= second.Start && second.Start <= text.Length && string.IsNullOrWhiteSpace(text[first.End..second.Start]);

    [GeneratedRegex(@"\bonly\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWord();

    [GeneratedRegex(@"\b(?:also|as\s+well|too|in\s+addition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InAddition();
}
