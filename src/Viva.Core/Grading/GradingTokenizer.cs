using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Viva.Core.Linking;

namespace Viva.Core.Grading;

/// <summary>
/// Splits text into the content words a grade is computed from. Words are lower-cased and folded,
/// misspelt domain words repaired, terms joined and abbreviations expanded through
/// <see cref="GradingLexicon"/> ("rectified linear unit" and "ReLU" → "relu"), stop words dropped and
/// the rest Porter-stemmed. Each word keeps its place in the text, its sentence, and whether a negator
/// within the same clause governs it ("not convex", "non-convex", and with a vocabulary "unsorted").
/// </summary>
public static class GradingTokenizer
{
    /// <summary>How many characters of a text are read; the rest of a longer text is ignored.</summary>
    public const int MaxChars = 20_000;

    /// <summary>How many content words after a negator it governs.</summary>
    public const int NegationReach = 3;

    private const int MinRemainder = 4;
    private static readonly string[] NegatingPrefixes = ["non", "un", "in", "im", "ir", "il"];
    private static readonly ConcurrentDictionary<char, char> Folded = new();
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['α'] = "alpha",
        ['β'] = "beta",
        ['γ'] = "gamma",
        ['δ'] = "delta",
        ['ε'] = "epsilon",
        ['η'] = "eta",
        ['θ'] = "theta",
        ['λ'] = "lambda",
        ['μ'] = "mu",
        ['π'] = "pi",
        ['ρ'] = "rho",
        ['σ'] = "sigma",
        ['τ'] = "tau",
        ['φ'] = "phi",
        ['χ'] = "chi",
        ['ψ'] = "psi",
        ['ω'] = "omega",
        ['Σ'] = "sum",
        ['∑'] = "sum",
        ['∇'] = "gradient",
        ['∞'] = "infinity",
        ['Δ'] = "delta",
        ['Θ'] = "theta",
        ['Λ'] = "lambda",
        ['Φ'] = "phi",
        ['Ω'] = "omega",
    };

    /// <summary>The content words of <paramref name="text"/>, in order.</summary>
    /// <param name="text">Plain text (see <see cref="PlainText"/> for Markdown).</param>
    /// <param name="vocabulary">
    /// Known words: with it, a prefixed word whose remainder the vocabulary knows at least as well reads as
    /// that remainder negated ("unsorted" → not "sorted", "immutable" → not "mutable"). Without it only
    /// "non" prefixes are read that way.
    /// </param>
    public static List<GradingToken> Tokenize(string text, IdfTable? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var tokens = new List<GradingToken>(words.Count);
        var reach = 0;
        var sentence = 0;
        var phrases = GradingLexicon.Lookup;
        var i = 0;
        while (i < words.Count)
        {
            var (joined, key, length) = Join(words, i, phrases);
            var first = words[i];
            var last = words[i + length - 1];
            i += length;
            if (first.Break != WordBreak.None)
            {
                reach = 0;
                sentence += first.Break == WordBreak.Sentence && tokens.Count > 0 ? 1 : 0;
            }

            var negated = false;
            if (key is null)
            {
                if (FunctionWords.IsNegator(joined))
                {
                    reach = NegationReach;
                    continue;
                }

                if (FunctionWords.EndsNegation(joined))
                {
                    reach = 0;
                }

                if (FunctionWords.IsStopWord(joined))
                {
                    continue;
                }

                (joined, negated) = Unprefix(joined, vocabulary);
                key = PorterStemmer.Stem(joined);
            }

            tokens.Add(new GradingToken(key, joined, first.Start, last.Start + last.Length - first.Start, negated ^ (reach > 0), sentence));
            reach = Math.Max(0, reach - 1);
        }

        return tokens;
    }

    /// <summary>"nonconvex" → ("convex", negated); "unsorted" → ("sorted", negated) when the vocabulary knows "sort" as well as "unsort".</summary>
    private static (string Word, bool Negated) Unprefix(string word, IdfTable? vocabulary)
    {
        foreach (var prefix in NegatingPrefixes)
        {
            if (word.Length < prefix.Length + MinRemainder || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[prefix.Length..];
            if (prefix == "non")
            {
                return rest.StartsWith('e') ? (word, false) : (rest, true);
            }

            if (vocabulary is not null && rest.Length > MinRemainder)
            {
                var restFrequency = vocabulary.Frequency(PorterStemmer.Stem(rest));
                if (restFrequency >= 2 && restFrequency >= vocabulary.Frequency(PorterStemmer.Stem(word)))
                {
                    return (rest, true);
                }
            }
        }

        return (word, false);
    }

    /// <summary>The words of <paramref name="text"/> (letters and digits), lower-cased and folded, with their places.</summary>
    internal static List<RawWord> Words(string text)
    {
        var limit = Math.Min(text.Length, MaxChars);
        var words = new List<RawWord>(limit / 5);
        var builder = new StringBuilder(32);
        var start = -1;
        var pending = WordBreak.None;
        for (var p = 0; p < limit; p++)
        {
            var c = text[p];
            if (c == '<' && TagEnd(text, p, limit) is var tagEnd and > 0)
            {
                // Markup pasted into an answer (<br>, <STOP>, </p>) separates words and is not one.
                Flush(words, builder, ref start, p, ref pending);
                pending = WordBreak.Sentence;
                p = tagEnd;
            }
            else if (Letters.TryGetValue(c, out var name))
            {
                Flush(words, builder, ref start, p, ref pending);
                words.Add(new RawWord(name, p, 1, pending));
                pending = WordBreak.None;
            }
            else if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? p : start;
                builder.Append(c < 128 ? char.ToLowerInvariant(c) : Fold(c));
            }
            else if (start >= 0 && IsInnerMark(text, p, limit, builder))
            {
                // "isn't" → "isnt"; "0.5" stays one number.
                if (c == '.')
                {
                    builder.Append('.');
                }
            }
            else
            {
                Flush(words, builder, ref start, p, ref pending);
                var level = c switch
                {
                    '.' or ';' or '!' or '?' or '\n' => WordBreak.Sentence,
                    ',' or ':' or '(' or ')' or '[' or ']' or '|' or '"' or '“' or '”' => WordBreak.Clause,
                    _ => WordBreak.None,
                };
                pending = (WordBreak)Math.Max((int)pending, (int)level);
            }
        }

        Flush(words, builder, ref start, limit, ref pending);
        return words;
    }

    /// <summary>The index of the '&gt;' closing an HTML-like tag that opens at <paramref name="p"/>, or -1.</summary>
    private static int TagEnd(string text, int p, int limit)
    {
        const int MaxTag = 40;
        if (p + 2 >= limit || !(char.IsAsciiLetter(text[p + 1]) || (text[p + 1] == '/' && char.IsAsciiLetter(text[p + 2]))))
        {
            return -1;
        }

        for (var q = p + 2; q < limit && q <= p + MaxTag; q++)
        {
            var c = text[q];
            if (c == '>')
            {
                return q;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or ' ' or '=' or '"' or '\'' or '-' or '_'))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsInnerMark(string text, int p, int limit, StringBuilder builder)
    {
        if (p + 1 >= limit)
        {
            return false;
        }

        var next = text[p + 1];
        return text[p] switch
        {
            '\'' or '’' or 'ʼ' => char.IsLetter(next),
            '.' => char.IsAsciiDigit(next) && builder.Length > 0 && char.IsAsciiDigit(builder[^1]),
            _ => false,
        };
    }

    private static void Flush(List<RawWord> words, StringBuilder builder, ref int start, int end, ref WordBreak pending)
    {
        if (start < 0)
        {
            return;
        }

        words.Add(new RawWord(SpellingRepair.Repair(builder.ToString()), start, end - start, pending));
        builder.Clear();
        start = -1;
        pending = WordBreak.None;
    }

    private static (string Word, string? Key, int Length) Join(List<RawWord> words, int i, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> phrases)
    {
        var longest = Math.Min(GradingLexicon.LongestPhraseFrom.GetValueOrDefault(words[i].Text), words.Count - i);
        Span<char> buffer = stackalloc char[128];
        for (var length = longest; length >= 1; length--)
        {
            var used = 0;
            var fits = true;
            for (var k = 0; k < length && fits; k++)
            {
                var word = words[i + k].Text;
                fits = used + word.Length + 1 <= buffer.Length && (k == 0 || words[i + k].Break != WordBreak.Sentence);
                if (fits)
                {
                    if (k > 0)
                    {
                        buffer[used++] = ' ';
                    }

                    word.CopyTo(buffer[used..]);
                    used += word.Length;
                }
            }

            if (fits && phrases.TryGetValue(buffer[..used], out var canonical))
            {
                return (canonical, canonical, length);
            }
        }

        return (words[i].Text, null, 1);
    }

    private static char Fold(char c)
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

    /// <summary>What separates a word from the one before it.</summary>
    internal enum WordBreak
    {
        None,
        Clause,
        Sentence,
    }

    /// <summary>A word as written: folded text, place, and the punctuation between it and the word before.</summary>
    internal readonly record struct RawWord(string Text, int Start, int Length, WordBreak Break);
}
