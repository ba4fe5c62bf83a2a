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

    /// <summary>What something is used for: its uses or applications ("What is the use of a random forest?").</summary>
    Use,

    /// <summary>Which of two things to prefer ("Which would you prefer, precision or recall?").</summary>
    Choice,
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

    private static readonly HashSet<string> UseWords = new(StringComparer.Ordinal)
    {
        "uses", "usecase", "usecases", "application", "applications", "applied",
    };

    private static readonly HashSet<string> ChoiceWords = new(StringComparer.Ordinal)
    {
        "prefer", "preferred", "preferable", "favour", "favor", "prioritize", "prioritise",
    };

    // The kinds a piece can ask besides what something is, in the order KindOf tries them.
    private static readonly AskedKind[] Intents =
        [AskedKind.Comparison, AskedKind.Benefits, AskedKind.Why, AskedKind.When, AskedKind.Choice, AskedKind.Use, AskedKind.List, AskedKind.How];

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

        foreach (var kind in Intents)
        {
            if (Asks(kind, piece, words))
            {
                // "How would you define …?" asks what it is.
                return kind == AskedKind.How && (words.Contains("define") || words.Contains("defined")) ? AskedKind.Definition : kind;
            }
        }

        if (DefinitionStarts.Contains(words[0]) || words.Contains("mean") || words.Contains("meant"))
        {
            return AskedKind.Definition;
        }

        return piece.Contains('?', StringComparison.Ordinal) ? AskedKind.Definition : AskedKind.Topic;
    }

    /// <summary>
    /// True when curated question <paramref name="curated"/> answers the kind of answer this question asks first (its use,
    /// which to prefer, why, when, a comparison, a list, benefits), and asks first no such kind this question never asks:
    /// "What is the use of a random forest?" is not "How does a random forest work?", "Which would you prefer, precision or
    /// recall?" is not "What are precision and recall?", and "What is kNN, how does it work?" is not "What is the difference
    /// between kNN and k-means?". What something is and how it works are answered alike, so they always agree.
    /// </summary>
    public bool AgreesInKind(string curated)
    {
        ArgumentNullException.ThrowIfNull(curated);
        var asked = FirstKind;
        var answered = Of(curated).FirstKind;
        return (!IsIntent(asked) || IntentsOf(curated).Contains(asked)) && (!IsIntent(answered) || IntentsIn(Pieces).Contains(answered));
    }

    private static bool IsIntent(AskedKind kind) => kind is not (AskedKind.Topic or AskedKind.Definition or AskedKind.How);

    /// <summary>
    /// The kind of answer the head asks for first, read up to its first comma: "What are vanishing gradients, and why do they
    /// happen?" asks first what they are, "What is a random forest used for, and when …?" what it is used for.
    /// </summary>
    public AskedKind FirstKind
    {
        get
        {
            var comma = Head.IndexOf(',', StringComparison.Ordinal);
            return KindOf(comma > 0 ? Head[..comma] : Head);
        }
    }

    /// <summary>
    /// Every kind besides a definition that some sub-question of <paramref name="text"/> asks for, whichever it asks first:
    /// "When would you prioritize precision over recall?" asks when and which to prefer.
    /// </summary>
    public static HashSet<AskedKind> IntentsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IntentsIn(Of(text).Pieces);
    }

    private static HashSet<AskedKind> IntentsIn(IEnumerable<string> pieces)
    {
        var kinds = new HashSet<AskedKind>();
        foreach (var piece in pieces)
        {
            var words = TextNormalizer.RawWords(piece);
            foreach (var kind in Intents)
            {
                if (words.Count > 0 && Asks(kind, piece, words))
                {
                    kinds.Add(kind);
                }
            }
        }

        return kinds;
    }

    // Whether piece (its words already read) asks for kind, from its cue words alone.
    private static bool Asks(AskedKind kind, string piece, List<string> words) => kind switch
    {
        AskedKind.Comparison => LinkFeatures.AsksComparison(piece) || words.Contains("apart"),
        AskedKind.Benefits => words.Any(BenefitWords.Contains),
        AskedKind.Why => words.Contains("why") || words.Contains("motivation"),
        AskedKind.When => words[0] == "when" || (words.IndexOf("when") is var w and >= 0 && w + 1 < words.Count && words[w + 1] is "to" or "should" or "would" or "do"),
        AskedKind.Choice => words.Any(ChoiceWords.Contains) || (words.IndexOf("which") is var c and >= 0 && c + 1 < words.Count && words[c + 1] is "one" or "is" or "would" or "should" && words.Contains("or")),
        AskedKind.Use => words.Any(UseWords.Contains) || Follows(words, "use", "of") || Follows(words, "used", "for") || Follows(words, "use", "cases") || Follows(words, "use", "case"),
        AskedKind.List => words.Any(ListWords.Contains),
        AskedKind.How => words[0] == "how" || (words.IndexOf("how") is var h and >= 0 && h <= 3),
        _ => false,
    };

    // Whether first is followed at once by second somewhere in words.
    private static bool Follows(List<string> words, string first, string second)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k] == first && words[k + 1] == second)
            {
                return true;
            }
        }

        return false;
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
