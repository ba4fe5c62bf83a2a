using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Replies that answer nothing: "I don't know", "no idea, sorry", "skip". A user who types one is saying so, not
/// attempting the question, and no word of it ("know" against "knowledge") may earn a key point.
/// </summary>
public static partial class NonAnswer
{
    // Longer replies are attempts, whatever they open with ("I don't know, but I think it is…").
    private const int MaxLength = 60;

    /// <summary>True when <paramref name="answer"/> is only a way of saying "I don't know".</summary>
    public static bool Is(string? answer) =>
        answer is { Length: > 0 and <= MaxLength } && Reply().IsMatch(answer.Trim().TrimEnd('.', '!', '?', '…').Trim());

    [GeneratedRegex(
        @"^(?:(?:sorry|honestly|hmm+|um+|uh+|well)[,.]?\s+)*" +
        @"(?:i\s+(?:really\s+|honestly\s+|just\s+)?(?:do\s*n[o']?t|dont|don’t)\s+know|idk|dunno|no\s+idea|not\s+sure|no\s+clue|i\s+have\s+no\s+(?:idea|clue)|" +
        @"i\s+(?:can't|can’t|cannot|can\s+not)\s+remember|i\s+forgot|i\s+(?:have\s+)?never\s+(?:heard\s+of|used)\s+(?:it|this|that)|pass|skip|no\s+answer|\?+)" +
        @"(?:[,.]?\s+(?:about\s+)?(?:this|that|it)(?:\s+one)?)?(?:[,.]?\s+sorry)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reply();
}
