using System.Text;
using Viva.Core.Linking;

namespace Viva.Core.Grading;

// Scanning text into raw words: folding, Greek letters, inner marks, skipped markup, punctuation breaks.
public static partial class GradingTokenizer
{
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
                builder.Append(c < 128 ? char.ToLowerInvariant(c) : TextNormalizer.Fold(c));
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
                    // A dot inside a name ("optimizer.step()") joins it.
                    '.' when SentenceStop.JoinsName(text, p) => WordBreak.None,
                    '.' or ';' or '!' or '?' or '\n' => WordBreak.Sentence,
                    ',' or ':' or '(' or ')' or '[' or ']' or '|' or '"' or '“' or '”' or '→' or '⇒' => WordBreak.Clause,
                    // A typed arrow ("no match -> NULL") separates a cause from its effect.
                    '>' when p > 0 && text[p - 1] is '-' or '=' => WordBreak.Clause,
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
