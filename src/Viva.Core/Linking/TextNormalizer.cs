using System.Globalization;
using System.Text;
using Viva.Core.Text;

namespace Viva.Core.Linking;

/// <summary>
/// Reduces a question to the content words that decide what it asks: lower case, typography folded,
/// lexicon phrases joined into one token, question scaffolding ("what is", "explain") dropped, plurals stemmed.
/// </summary>
public static class TextNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "from", "into", "about",
        "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "can", "could", "would", "should", "will",
        "what", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose", "that", "this", "these", "those",
        "it", "its", "they", "them", "their", "you", "your", "we", "our", "i", "me", "my", "he", "she", "there", "here",
        "explain", "describe", "define", "definition", "discuss", "mention", "give", "list", "name", "tell", "please",
        "briefly", "brief", "concept", "idea", "mean", "meant", "meaning", "understand", "understanding", "work", "works",
        "working", "use", "used", "using", "some", "any", "all", "example", "examples", "e", "g", "eg", "ie", "etc",
        "common", "different", "various", "main", "key", "important", "term", "terms", "context", "also", "other",
        "exactly", "really", "like", "if", "then", "than", "so", "such", "via", "vs", "versus", "between", "compare",
        "comparison", "contrast", "differentiate", "distinguish", "difference", "differences", "differ", "model", "models", "technique",
        "techniques", "method", "methods", "approach", "approaches", "question", "questions", "answer", "role", "purpose",
        "need", "needed", "help", "helps", "one", "two", "three", "there", "has", "have", "not", "no", "more", "most",
    };

    // Verbs that ask the same thing of a problem ("mitigate", "deal with", "combat" overfitting).
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["mitigate"] = "handle",
        ["resolve"] = "handle",
        ["deal"] = "handle",
        ["tackle"] = "handle",
        ["combat"] = "handle",
        ["address"] = "handle",
        ["fix"] = "handle",
        ["avoid"] = "handle",
        ["prevent"] = "handle",
        ["reduce"] = "handle",
        ["overcome"] = "handle",
        ["handl"] = "handle",
        ["ensur"] = "handle",
        ["solve"] = "handle",
        ["cope"] = "handle",
        ["assess"] = "evaluate",
        ["evaluat"] = "evaluate",
        ["measure"] = "evaluate",
        ["performance"] = "evaluate",
        ["data"] = "dataset",
        ["datum"] = "dataset",
        ["initializ"] = "initialize",
        ["initialis"] = "initialize",
        ["init"] = "initialize",
        ["modell"] = "model",
        ["modeling"] = "model",
    };

    // Caches keyed by spans so that the common case (a word seen before) allocates nothing.
    private const int CacheLimit = 500_000;
    private static readonly Dictionary<string, WordEntry> Entries = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> TokenOf = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, char> Folded = new();

    // The words of the text being read, reused under the lock.
    private static readonly List<WordEntry> Scratch = new(64);

    /// <summary>Returns the content tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // One uncontended lock per text: cheaper than a concurrent dictionary's per-word hashing.
        lock (CacheLock)
        {
            var words = Scratch;
            words.Clear();
            ForEachWord(text, words, static (span, list, lookup) =>
            {
                if (!lookup.TryGetValue(span, out var entry))
                {
                    var raw = span.ToString();
                    entry = WordEntry.Of(SpellingRepair.Repair(raw));
                    if (Entries.Count < CacheLimit)
                    {
                        Entries[raw] = entry;
                    }
                }

                list.Add(entry);
            }, Entries.GetAlternateLookup<ReadOnlySpan<char>>());

            var tokens = new List<string>(words.Count);
            var i = 0;
            while (i < words.Count)
            {
                var token = words[i].Token;
                var length = 1;
                if (words[i].LongestPhrase > 0 && JoinPhrase(words, i) is { } phrase)
                {
                    (token, length) = (TokenOf.GetValueOrDefault(phrase.Canonical) ?? ToToken(phrase.Canonical), phrase.Length);
                }

                if (token.Length > 0)
                {
                    tokens.Add(token);
                }

                i += length;
            }

            words.Clear();
            return tokens;
        }
    }

    /// <summary>
    /// A word as read (lower case, folded) made into what tokens need: its spelling repaired, the most words a lexicon
    /// phrase starting with it has, and its own token (empty for a stop word).
    /// </summary>
    private sealed record WordEntry(string Word, int LongestPhrase, string Token)
    {
        public static WordEntry Of(string word) =>
            new(word, TermLexicon.LongestPhraseFrom.GetValueOrDefault(word), TokenOf.GetValueOrDefault(word) ?? ToToken(word));
    }

    /// <summary>Lower-cased, accent-folded words with punctuation removed; hyphens split words ("k-means" → "k", "means").</summary>
    public static List<string> RawWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        ForEachWord(text, words, static (span, list, _) => list.Add(span.ToString()), 0);
        return words;
    }

    private static string ToToken(string word)
    {
        string token;
        if (StopWords.Contains(word))
        {
            token = string.Empty;
        }
        else
        {
            var stem = Stem(word);
            token = Synonyms.TryGetValue(word, out var canonical) || Synonyms.TryGetValue(stem, out canonical) ? canonical : stem;
        }

        if (TokenOf.Count < CacheLimit)
        {
            TokenOf[word] = token;
        }

        return token;
    }

    private delegate void WordAction<TItem, TState>(ReadOnlySpan<char> word, List<TItem> words, TState state)
        where TState : allows ref struct;

    /// <summary>Calls <paramref name="action"/> for each word, lower-cased and folded into a reused buffer.</summary>
    private static void ForEachWord<TItem, TState>(string text, List<TItem> words, WordAction<TItem, TState> action, TState state)
        where TState : allows ref struct
    {
        Span<char> buffer = stackalloc char[64];
        char[]? rented = null;
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    var bigger = new char[buffer.Length * 2];
                    buffer.CopyTo(bigger);
                    rented = bigger;
                    buffer = bigger;
                }

                buffer[length++] = c < 128 ? char.ToLowerInvariant(c) : Fold(c);
            }
            else if (c is '\'' or '’')
            {
                // "what's" → "whats"; possessives lose their s in Stem.
            }
            else if (length > 0)
            {
                action(buffer[..length], words, state);
                length = 0;
            }
        }

        if (length > 0)
        {
            action(buffer[..length], words, state);
        }

        GC.KeepAlive(rented);
    }

    /// <summary>Lower case without diacritics (é → e), cached per character.</summary>
    internal static char Fold(char c)
    {
        if (Folded.TryGetValue(c, out var folded))
        {
            return folded;
        }

        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        folded = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark, c);
        Folded[c] = folded;
        return folded;
    }

    /// <summary>The longest lexicon phrase that starts at word <paramref name="i"/>: its canonical token and how many words it spans; null when none does.</summary>
    private static (string Canonical, int Length)? JoinPhrase(List<WordEntry> words, int i) =>
        PhraseMatcher.Longest(
            words,
            i,
            Math.Min(words[i].LongestPhrase, words.Count - i),
            static (list, index, _) => list[index].Word,
            ((Dictionary<string, string>)TermLexicon.Phrases).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>A light suffix stripper: enough to meet plurals and common verb forms halfway.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        foreach (var suffix in new[] { "ization", "isation", "ation", "ment", "ing", "ed", "er", "al", "ity", "ive", "e" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 4)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
