namespace Viva.Core.Grading;

/// <summary>
/// The small words of English that carry no content for grading, and the negators that flip the
/// meaning of the words after them. Words that change what a sentence claims ("more", "less",
/// "before", "after", "same", "different") are deliberately not stop words.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "if", "then", "else", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "into", "onto", "about", "as", "than", "so", "such", "that", "this", "these", "those", "there", "here", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "you", "your", "yours", "he",
        "she", "him", "her", "his", "i", "me", "my", "mine", "one", "ones", "is", "are", "was", "were", "be", "been", "being",
        "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can", "could", "may", "might", "must",
        "shall", "should", "will", "would", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "also", "just", "very", "too", "only", "even", "both", "all", "any", "some", "each", "every", "other", "another",
        "own", "again", "further", "once", "while", "because", "since", "until", "upon", "out", "over", "through", "during",
        "via", "per", "e", "g", "eg", "ie", "etc", "let", "lets", "get", "gets", "got", "getting", "thing", "things",
        "something", "anything", "everything", "way", "ways", "well", "still", "yet", "already", "however", "therefore",
        "thus", "hence", "though", "although", "whether", "either", "instead", "rather", "quite", "really", "actually",
        "basically", "simply", "usually", "often", "generally", "typically", "called", "known", "kind", "type", "types",
        "like", "unlike", "but", "whereas", "except", "within", "among", "across", "around", "along", "s", "t", "d", "ll", "re", "ve", "m",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "nowhere", "cannot", "cant", "without", "non",
        "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "couldnt",
        "hasnt", "havent", "hadnt", "aint", "mustnt", "neednt", "lack", "lacks", "lacking", "hardly", "barely", "scarcely", "rarely", "seldom",
    };

    // Two-word negators: "no longer", and the words that set an alternative aside ("boosting raises bias rather than
    // lowering it", "instead of decaying the learning rate").
    private static readonly Dictionary<string, string> NegatingPairs = new(StringComparer.Ordinal)
    {
        ["no"] = "longer",
        ["rather"] = "than",
        ["instead"] = "of",

        // A verb that says its infinitive does not happen: "fails to reduce bias" does not reduce it.
        ["fail"] = "to",
        ["fails"] = "to",
        ["failed"] = "to",
        ["failing"] = "to",
        ["unable"] = "to",
        ["refuse"] = "to",
        ["refuses"] = "to",
        ["refused"] = "to",
        ["cease"] = "to",
        ["ceases"] = "to",
    };

    // Words after which a negation no longer reaches: "not A but B" says B, and a conjunction or relative
    // word opens a new clause ("has no labels and finds structure" does not deny finding structure).
    private static readonly HashSet<string> Contrast = new(StringComparer.Ordinal)
    {
        "but", "however", "whereas", "although", "though", "instead", "while", "except", "yet",
        "and", "which", "that", "so", "because", "since", "then", "thus", "therefore", "hence", "who", "where", "when", "if",
        "until", "before",
    };

    /// <summary>True for a word with no content of its own ("the", "is", "which").</summary>
    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>True for a word that negates what follows it ("not", "never", "isn't" written as "isnt").</summary>
    public static bool IsNegator(string word) => Negators.Contains(word);

    /// <summary>True when <paramref name="word"/> and <paramref name="next"/> negate together ("no longer", "rather than", "instead of").</summary>
    public static bool IsNegatingPair(string word, string next) => NegatingPairs.TryGetValue(word, out var second) && second == next;

    /// <summary>
    /// True when a negator followed by <paramref name="next"/> denies nothing: "not only X" and "doesn't just X" say X and
    /// more, "no matter what" says it holds either way.
    /// </summary>
    public static bool CancelsNegation(string next) => next is "only" or "just" or "merely" or "matter";

    /// <summary>True when the pair sets an alternative aside ("rather than", "instead of") rather than denying a claim.</summary>
    public static bool SetsAside(string word) => word is "rather" or "instead";

    /// <summary>True for a word that names the thing a clause is set against ("faster than a snowflake", "unlike boosting").</summary>
    public static bool IsFoil(string word) => word is "than" or "unlike" or "versus" or "vs";

    /// <summary>True for a word that puts the next word in a setting of time ("during training", "at test time").</summary>
    public static bool IsSetting(string word) => word is "during" or "at" or "throughout" or "before" or "after" or "until";

    /// <summary>True for a word after which an earlier negation stops applying ("but", "whereas").</summary>
    public static bool EndsNegation(string word) => Contrast.Contains(word);
}
