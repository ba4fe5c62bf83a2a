using System.Text.RegularExpressions;

namespace Viva.Core.Linking;

/// <summary>What kind of answer a sub-question asks for.</summary>
public enum AskedKind
{
    /// <summary>A bare topic ("Ensemble Methods", "Cross-Validation"): it asks for nothing in particular.</summary>
    Topic,

    /// <summary>What something is ("What is dropout?", "Explain stride.").</summary>
    Definition,

    /// <summary>How to do something, or how it works ("How do you handle missing data?").</summary>
    How,

    /// <summary>Why ("Why do we need Q, K and V?").</summary>
    Why,

    /// <summary>When to use something.</summary>
    When,

    /// <summary>How things differ.</summary>
    Comparison,

    /// <summary>Benefits or drawbacks ("What are the benefits of batch normalization?").</summary>
    Benefits,

    /// <summary>A list of kinds or examples ("What are the types of ensemble models?").</summary>
    List,
}

/// <summary>
/// A question read as its parts: an optional title ("Dimensionality Reduction: …"), then its sub-questions, each with the
/// kind of answer it asks for. The first sub-question (or the title, when there is nothing else) is its head: what it
/// asks first and most.
/// </summary>
/// <param name="Title">The title before a colon, or null.</param>
/// <param name="Pieces">The sub-questions, in order (the title alone when there is nothing after it).</param>
/// <param name="Kinds">The kind of each sub-question.</param>
public sealed partial record QuestionShape(string? Title, IReadOnlyList<string> Pieces, IReadOnlyList<AskedKind> Kinds)
{
    private const int MaxTitleWords = 8;

    private static readonly HashSet<string> BenefitWords = new(StringComparer.Ordinal)
    {
        "advantage", "advantages", "benefit", "benefits", "pros", "cons", "disadvantage", "disadvantages", "drawback", "drawbacks",
        "limitation", "limitations", "useful", "usefulness",
    };

    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "types", "type", "kinds", "categories", "list", "name", "examples", "variants",
    };

    private static readonly HashSet<string> DefinitionStarts = new(StringComparer.Ordinal)
    {
        "what", "whats", "define", "explain", "describe", "can", "could", "tell", "give", "discuss", "mention", "briefly",
    };

    /// <summary>The head: the first sub-question.</summary>
    public string Head => Pieces[0];

    /// <summary>How many words the sub-questions hold, the title left out.</summary>
    public int Words => Pieces.Sum(p => TextNormalizer.RawWords(p).Count);

    /// <summary>Reads <paramref name="text"/>.</summary>
    public static QuestionShape Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? title = null;
        var rest = text.Trim();
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && rest.AsSpan(0, colon).IndexOfAny('?', '.') < 0 && TextNormalizer.RawWords(rest[..colon]).Count is > 0 and <= MaxTitleWords)
        {
            title = rest[..colon].Trim();
            rest = rest[(colon + 1)..].Trim();
        }

        var pieces = Splitter().Split(rest).Select(p => p.Trim()).Where(p => TextNormalizer.RawWords(p).Count > 0).ToList();
        if (pieces.Count == 0)
        {
            pieces.Add(title ?? text);
        }

        return new QuestionShape(title, pieces, [.. pieces.Select(KindOf)]);
    }

    /// <summary>The kind of answer <paramref name="piece"/> asks for.</summary>
    public static AskedKind KindOf(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var words = TextNormalizer.RawWords(piece);
        if (words.Count == 0)
        {
            return AskedKind.Topic;
        }

        if (LinkFeatures.AsksComparison(piece))
        {
            return AskedKind.Comparison;
        }

        if (words.Any(BenefitWords.Contains))
        {
            return AskedKind.Benefits;
        }

        if (words.Contains("why") || words.Contains("motivation"))
        {
            return AskedKind.Why;
        }

        if (words[0] == "when" || (words.IndexOf("when") is var w and >= 0 && w + 1 < words.Count && words[w + 1] is "to" or "should" or "would" or "do"))
        {
            return AskedKind.When;
        }

        if (words.Any(ListWords.Contains))
        {
            return AskedKind.List;
        }

        if (words[0] == "how" || (words.IndexOf("how") is var h and >= 0 && h <= 3))
        {
            // "How would you define …?" asks what it is.
            return words.Contains("define") || words.Contains("defined") ? AskedKind.Definition : AskedKind.How;
        }

        if (DefinitionStarts.Contains(words[0]) || words.Contains("mean") || words.Contains("meant"))
        {
            return AskedKind.Definition;
        }

        return piece.Contains('?', StringComparison.Ordinal) ? AskedKind.Definition : AskedKind.Topic;
    }

    /// <summary>
    /// The conjuncts of the head's subject ("precision and recall" → "precision", "recall"): each a topic it asks about.
    /// One conjunct when the head joins nothing.
    /// </summary>
    public IReadOnlyList<string> HeadConjuncts() =>
        [.. Conjunctions().Split(Head).Select(p => p.Trim()).Where(p => TextNormalizer.Tokens(p).Count > 0)];

    // Sub-questions end at a question mark, a full stop before the next sentence, a semicolon or a slash between questions.
    [GeneratedRegex(@"(?<=\?)|(?<=\.)\s+(?=[A-Z])|;|\s/\s")]
    private static partial Regex Splitter();

    [GeneratedRegex(@"\s+and\s+|\s*&\s*|\s*,\s*|\s*/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunctions();
}
