namespace Viva.Core.Grading;

/// <summary>A stretch of the answer compared with key points by meaning: a clause, a sentence or two sentences.</summary>
/// <param name="Start">Offset in the answer (UTF-16).</param>
/// <param name="Length">Length in the answer.</param>
/// <param name="Text">The text of the stretch.</param>
public readonly record struct AnswerPassage(int Start, int Length, string Text);

/// <summary>
/// Cuts an answer into the passages a key point is compared with. A key point is usually said in one
/// clause or one sentence, sometimes across two sentences; comparing it with the whole answer would
/// credit an answer for being on topic. Passages are few enough to encode in one small batch.
/// </summary>
public static class AnswerPassages
{
    /// <summary>The most passages one answer yields; a longer answer is compared sentence by sentence.</summary>
    public const int MaxPassages = 40;

    // A clause shorter than this many words is joined to its neighbour: "precision and recall" is not two claims,
    // and "and higher bias" is too little to match a key point by meaning.
    private const int MinClauseWords = 4;

    private static readonly string[] ClauseWords = [" and ", " but ", " while ", " whereas ", " because ", " so ", " which ", " since ", " though ", " although "];

    /// <summary>The answer's sentences, and their clauses and adjacent pairs while the total stays within <see cref="MaxPassages"/>.</summary>
    public static IReadOnlyList<AnswerPassage> Split(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Length > GradingTokenizer.MaxChars ? answer[..GradingTokenizer.MaxChars] : answer;
        var sentences = Sentences(text);
        var passages = new List<AnswerPassage>();
        var seen = new HashSet<(int, int)>();
        void Add(int start, int end)
        {
            (start, end) = Trim(text, start, end);
            if (end > start && passages.Count < MaxPassages && seen.Add((start, end)))
            {
                passages.Add(new AnswerPassage(start, end - start, text[start..end]));
            }
        }

        foreach (var (start, end) in sentences)
        {
            Add(start, end);
        }

        for (var i = 0; i + 1 < sentences.Count && passages.Count + sentences.Count < MaxPassages; i++)
        {
            Add(sentences[i].Start, sentences[i + 1].End);
        }

        foreach (var (start, end) in sentences)
        {
            var clauses = Clauses(text, start, end);
            if (clauses.Count > 1)
            {
                foreach (var (cs, ce) in clauses)
                {
                    Add(cs, ce);
                }
            }
        }

        return passages;
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '\n' or ';' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !SentenceStop.IsAbbreviation(text, i));
            if (ends)
            {
                if (HasWord(text, start, i + 1))
                {
                    sentences.Add((start, i + 1));
                }

                start = i + 1;
            }
        }

        if (HasWord(text, start, text.Length))
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    private static List<(int Start, int End)> Clauses(string text, int start, int end)
    {
        var cuts = new List<int> { start };
        for (var i = start; i < end; i++)
        {
            if (text[i] is ',' or ':' or '(' or ')' || (text[i] == '-' && i > start && text[i - 1] == ' ' && i + 1 < end && text[i + 1] == ' '))
            {
                cuts.Add(i + 1);
            }
            else if (text[i] == ' ')
            {
                foreach (var word in ClauseWords)
                {
                    if (i + word.Length <= end && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        cuts.Add(i + 1);
                        break;
                    }
                }
            }
        }

        cuts.Add(end);
        var clauses = new List<(int Start, int End)>();
        for (var k = 0; k + 1 < cuts.Count; k++)
        {
            var (s, e) = (cuts[k], cuts[k + 1]);
            if (clauses.Count > 0 && Words(text, clauses[^1].Start, clauses[^1].End) < MinClauseWords)
            {
                clauses[^1] = (clauses[^1].Start, e);
            }
            else if (Words(text, s, e) < MinClauseWords && clauses.Count > 0)
            {
                clauses[^1] = (clauses[^1].Start, e);
            }
            else
            {
                clauses.Add((s, e));
            }
        }

        return clauses;
    }

    private static bool HasWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '-' or '*' or '(' or ')'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '(' or ')'))
        {
            end--;
        }

        return (start, end);
    }
}
