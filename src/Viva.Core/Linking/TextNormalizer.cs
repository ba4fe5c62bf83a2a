using System.Globalization;
using System.Text;

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
        ["mitigate"] = "handle", ["resolve"] = "handle", ["deal"] = "handle", ["tackle"] = "handle", ["combat"] = "handle",
        ["address"] = "handle", ["fix"] = "handle", ["avoid"] = "handle", ["prevent"] = "handle", ["reduce"] = "handle",
        ["overcome"] = "handle", ["handl"] = "handle", ["ensur"] = "handle", ["solve"] = "handle", ["cope"] = "handle",
        ["assess"] = "evaluate", ["evaluat"] = "evaluate", ["measure"] = "evaluate", ["performance"] = "evaluate",
        ["data"] = "dataset", ["datum"] = "dataset",
        ["initializ"] = "initialize", ["initialis"] = "initialize", ["init"] = "initialize",
        ["modell"] = "model", ["modeling"] = "model",
    };

    /// <summary>Returns the content tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = RawWords(text);
        for (var i = 0; i < raw.Count; i++)
        {
            raw[i] = SpellingRepair.Repair(raw[i]);
        }

        var joined = JoinPhrases(raw);
        var tokens = new List<string>(joined.Count);
        foreach (var word in joined)
        {
            if (!StopWords.Contains(word))
            {
                var stem = Stem(word);
                tokens.Add(Synonyms.TryGetValue(word, out var canonical) || Synonyms.TryGetValue(stem, out canonical) ? canonical : stem);
            }
        }

        return tokens;
    }

    /// <summary>Lower-cased words with punctuation removed; hyphens split words ("k-means" → "k", "means").</summary>
    public static List<string> RawWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c == '\'' || c == '’')
            {
                // "what's" → "whats"; possessives lose their s in Stem.
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<string> JoinPhrases(List<string> words)
    {
        var result = new List<string>(words.Count);
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            var longest = TermLexicon.LongestPhraseFrom.GetValueOrDefault(words[i]);
            for (var length = Math.Min(longest, words.Count - i); length >= 1; length--)
            {
                var phrase = length == 1 ? words[i] : string.Join(' ', words.GetRange(i, length));
                if (TermLexicon.Phrases.TryGetValue(phrase, out var canonical))
                {
                    result.Add(canonical);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                result.Add(words[i]);
                i++;
            }
        }

        return result;
    }

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
