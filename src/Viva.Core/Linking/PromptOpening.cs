namespace Viva.Core.Linking;

/// <summary>
/// The opening question of a long prompt: "Deep Learning: What is deep learning, and how does it differ from traditional
/// machine learning? Can you explain …" asks first what its title and first sentence say, and the follow-ups only add
/// detail. Comparing that opening with a curated question by meaning keeps the follow-ups from pulling the prompt
/// towards a narrower question that shares their words.
/// </summary>
public static class PromptOpening
{
    /// <summary>The text up to and including its first question mark, or null when that is all of it (or there is none).</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf('?', StringComparison.Ordinal);
        if (end < 0 || text.AsSpan(end + 1).Trim().Length == 0)
        {
            return null;
        }

        return text[..(end + 1)];
    }
}
