using System.Globalization;
using System.Text;

namespace Viva.Semantics;

/// <summary>One word piece: its vocabulary id and the characters of the original text it came from.</summary>
/// <param name="Id">The vocabulary id.</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset just past its last character.</param>
internal readonly record struct WordPiece(int Id, int Start, int End);

/// <summary>
/// BERT's uncased tokenizer: text cleaned, lower-cased and stripped of accents, split at white space and
/// punctuation, then each word cut into the longest vocabulary pieces from the left ("tokenization" → "token",
/// "##ization"). Unlike the model package's own tokenizer it splits "L2" into "l", "##2" rather than losing it,
/// and every piece keeps where it came from in the original text, so passages can be pooled from one pass.
/// </summary>
internal sealed class WordPieceTokenizer
{
    public const int ClassifierId = 101;
    public const int SeparatorId = 102;
    private const int UnknownId = 100;
    private const int MaxWordChars = 100;

    private readonly Dictionary<string, int> _vocabulary;

    public WordPieceTokenizer(IEnumerable<string> vocabulary)
    {
        _vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var token in vocabulary)
        {
            _vocabulary.TryAdd(token, id++);
        }
    }

    /// <summary>The word pieces of <paramref name="text"/>, without [CLS] and [SEP].</summary>
    public List<WordPiece> Tokenize(string text)
    {
        var pieces = new List<WordPiece>();
        foreach (var (word, starts) in Words(text))
        {
            Pieces(word, starts, pieces);
        }

        return pieces;
    }

    /// <summary>Words after cleaning, lower-casing and accent stripping, each character with its offset in <paramref name="text"/>.</summary>
    private static IEnumerable<(string Word, List<int> Starts)> Words(string text)
    {
        var word = new StringBuilder();
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                // Emoji and other astral characters are one [UNK] word each.
                if (word.Length > 0)
                {
                    yield return (word.ToString(), [.. starts]);
                    word.Clear();
                    starts.Clear();
                }

                yield return ("\u0000", [i]);
                i++;
                continue;
            }

            if (c == 0 || c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || IsPunctuation(c))
            {
                if (word.Length > 0)
                {
                    yield return (word.ToString(), [.. starts]);
                    word.Clear();
                    starts.Clear();
                }

                if (!char.IsWhiteSpace(c))
                {
                    yield return (c.ToString(), [i]);
                }

                continue;
            }

            foreach (var folded in Fold(c))
            {
                word.Append(folded);
                starts.Add(i);
            }
        }

        if (word.Length > 0)
        {
            yield return (word.ToString(), starts);
        }
    }

    private void Pieces(string word, List<int> starts, List<WordPiece> pieces)
    {
        var end = starts[^1] + 1;
        if (word.Length > MaxWordChars || word == "\u0000")
        {
            pieces.Add(new WordPiece(UnknownId, starts[0], end));
            return;
        }

        var found = new List<WordPiece>();
        var at = 0;
        while (at < word.Length)
        {
            var match = -1;
            var length = word.Length - at;
            for (; length > 0; length--)
            {
                var piece = at == 0 ? word.Substring(at, length) : string.Concat("##", word.AsSpan(at, length));
                if (_vocabulary.TryGetValue(piece, out match))
                {
                    break;
                }
            }

            if (length == 0)
            {
                pieces.Add(new WordPiece(UnknownId, starts[0], end));
                return;
            }

            var stop = at + length < starts.Count ? starts[at + length] : end;
            found.Add(new WordPiece(match, starts[at], Math.Max(stop, starts[at] + 1)));
            at += length;
        }

        pieces.AddRange(found);
    }

    /// <summary>The lower-cased character without its accents ("É" → "e"); nothing for a lone combining mark.</summary>
    private static string Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            return lower.ToString();
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(d);
            }
        }

        return kept.ToString();
    }

    private static bool IsPunctuation(char c) =>
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) || char.IsPunctuation(c);
}
