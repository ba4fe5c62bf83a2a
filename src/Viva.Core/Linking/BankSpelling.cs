using System.Text;
using Viva.Core.Text;

namespace Viva.Core.Linking;

/// <summary>
/// Corrects an imported question's misspelt words to the curated bank's own spelling ("prunning" → "pruning",
/// "tress" → "trees", "Liner" → "linear"), before its words are compared and its text is embedded: a sentence
/// encoder reads a misspelt word as unrelated pieces. Only a word the bank and the lexicon never use, in any form, is
/// touched, and only when one word the bank uses more than once is nearest to it (one edit, or two for a long word; an
/// adjacent swap counts as one), or when one of the nearest is used far more often than the others. Known words are bucketed by first letter and
/// length, so a correction compares a word with a few dozen candidates at most.
/// </summary>
public sealed class BankSpelling
{
    /// <summary>Words shorter than this are left alone: too many real words lie one edit from each other.</summary>
    public const int MinLength = 5;

    // From this length a word may be two edits from its spelling ("dimentonality"); below it two edits reach real words
    // ("mitigation" → "motivation").
    private const int LongWord = 12;

    // A correction must be a word the bank uses at least this often: a word used once is as likely a rarity as the typo.
    private const int MinUses = 2;

    // Among equally near known words, the most used wins when it is used at least this many times more than the next.
    private const int Dominance = 3;

    private static readonly Dictionary<string, int> LexiconWords = SpellingRepair.KnownWords
        .Concat(TermLexicon.Phrases.Keys.SelectMany(k => k.Split(' ')))
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(w => w, _ => 1, StringComparer.Ordinal);

    private readonly Dictionary<string, int> _frequency;
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<(char Initial, int Length), List<(string Word, int Letters)>> _buckets = [];
    private readonly Dictionary<string, string?> _corrections = new(StringComparer.Ordinal);

    private BankSpelling(Dictionary<string, int> frequency)
    {
        _frequency = frequency;
        foreach (var (word, uses) in frequency)
        {
            _stems.Add(TextNormalizer.Stem(word));
            if (word.Length >= MinLength - 2 && uses >= MinUses)
            {
                var key = (word[0], word.Length);
                if (!_buckets.TryGetValue(key, out var list))
                {
                    _buckets[key] = list = [];
                }

                list.Add((word, Letters(word)));
            }
        }
    }

    /// <summary>
    /// The spelling of <paramref name="texts"/> (the curated bank's questions, tags and answers), with the lexicon's
    /// words: each word known, and how many of the texts use it.
    /// </summary>
    public static BankSpelling From(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var frequency = new Dictionary<string, int>(LexiconWords, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (var word in TextNormalizer.RawWords(text))
            {
                if (seen.Add(word))
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }
        }

        return new BankSpelling(frequency);
    }

    /// <summary>
    /// True when the bank or the lexicon uses <paramref name="word"/> (lower case) or another form of it ("prevented" is known
    /// from "prevent", "thoughts" from "thought").
    /// </summary>
    public bool Knows(string word) => _frequency.ContainsKey(word) || _stems.Contains(TextNormalizer.Stem(word));

    /// <summary>The known spelling of <paramref name="word"/> (lower case, folded), or null when it is known or has none for sure.</summary>
    public string? Correction(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || !word.All(char.IsAsciiLetterLower) || Knows(word))
        {
            return null;
        }

        if (_corrections.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var budget = word.Length >= LongWord ? 2 : 1;
        var nearest = budget + 1;
        string? best = null;
        int bestCount = 0, runnerUp = 0;
        var letters = Letters(word);
        for (var length = word.Length - budget; length <= word.Length + budget; length++)
        {
            if (!_buckets.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            foreach (var (candidate, candidateLetters) in candidates)
            {
                // Each edit adds or removes at most two letters from the set a word uses: a cheap test before the distance.
                if (System.Numerics.BitOperations.PopCount((uint)(letters ^ candidateLetters)) > 2 * budget)
                {
                    continue;
                }

                var distance = EditDistance.Bounded(word, candidate, Math.Min(budget, nearest));
                if (distance > budget || distance > nearest || !LooksMistyped(word, candidate, distance))
                {
                    continue;
                }

                var count = _frequency[candidate];
                if (distance < nearest)
                {
                    (nearest, best, bestCount, runnerUp) = (distance, candidate, count, 0);
                }
                else if (count > bestCount)
                {
                    (best, runnerUp, bestCount) = (candidate, bestCount, count);
                }
                else
                {
                    runnerUp = Math.Max(runnerUp, count);
                }
            }
        }

        var correction = best is not null && (runnerUp == 0 || bestCount >= Dominance * runnerUp) ? best : null;
        _corrections[word] = correction;
        return correction;
    }

    /// <summary>
    /// <paramref name="text"/> with each misspelt word replaced by its known spelling (lower case); the text itself when
    /// nothing needed correcting. A word with a capital after its first letter (an acronym or a name such as "MobileNet")
    /// is left alone.
    /// </summary>
    public string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? corrected = null;
        var copied = 0;
        var start = -1;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && char.IsLetter(text[k]))
            {
                if (start < 0)
                {
                    start = k;
                }

                continue;
            }

            // A word ends here; one joined to a digit or an apostrophe ("GPT4", "model's") is left as it is.
            if (start >= 0 && k - start >= MinLength && (k == text.Length || !(char.IsDigit(text[k]) || text[k] is '\'' or '’'))
                && (start == 0 || !(char.IsDigit(text[start - 1]) || text[start - 1] is '\'' or '’'))
                && !HasInnerCapital(text.AsSpan(start, k - start))
                && Correction(text.Substring(start, k - start).ToLowerInvariant()) is { } fix)
            {
                corrected ??= new StringBuilder(text.Length + 8);
                corrected.Append(text, copied, start - copied).Append(char.IsUpper(text[start]) ? char.ToUpperInvariant(fix[0]) + fix[1..] : fix);
                copied = k;
            }

            start = -1;
        }

        return corrected is null ? text : corrected.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// False for a pair of real words a typo did not make: one word the other with an ending ("handy" and "hand"), two
    /// words of one length differing only in their last letter ("imagine" and "imaging"), two words of one length two
    /// letters apart ("minimization" and "maximization") and two words two edits apart at their ending ("observational" and
    /// "observations"): a typo two edits deep drops or adds a letter short of the ending ("dimentonality").
    /// </summary>
    private static bool LooksMistyped(string word, string candidate, int distance)
    {
        var shared = word.AsSpan().CommonPrefixLength(candidate);
        var ending = shared == Math.Min(word.Length, candidate.Length) || (word.Length == candidate.Length && shared == word.Length - 1);
        return !ending && (distance < 2 || (word.Length != candidate.Length && shared < Math.Min(word.Length, candidate.Length) - 2));
    }

    /// <summary>The set of letters a word uses, one bit per letter (a word outside a–z sets the high bits).</summary>
    private static int Letters(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters |= c is >= 'a' and <= 'z' ? 1 << (c - 'a') : 1 << (26 + (c & 3));
        }

        return letters;
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
