using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Core.Import;

/// <summary>
/// Pairs the questions of a re-imported document with those stored from its previous import, so ids
/// (and the review history hanging on them) survive edits: first by identical text, then by similar
/// text, then by position with an identical answer.
/// </summary>
internal static class DocumentMatcher
{
    private const float SimilarEnough = 0.5f;
    private const int MaxSimilarityPairs = 250_000;

    /// <summary>For each new question, the index of its stored twin in <paramref name="old"/>, or -1.</summary>
    public static int[] Match(IReadOnlyList<ExtractedQuestion> fresh, IReadOnlyList<StoredQuestion> old)
    {
        var match = new int[fresh.Count];
        Array.Fill(match, -1);
        var used = new bool[old.Count];
        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < old.Count; j++)
        {
            var key = Key(old[j].Question.Question.Text);
            if (!byKey.TryGetValue(key, out var queue))
            {
                byKey[key] = queue = new Queue<int>();
            }

            queue.Enqueue(j);
        }

        for (var k = 0; k < fresh.Count; k++)
        {
            if (byKey.TryGetValue(Key(fresh[k].Text), out var queue) && queue.Count > 0)
            {
                match[k] = queue.Dequeue();
                used[match[k]] = true;
            }
        }

        MatchSimilar(fresh, old, match, used);
        MatchByPosition(fresh, old, match, used);
        return match;
    }

    /// <summary>The identity of a question's text: case and spacing ignored.</summary>
    public static string Key(string text) => QuestionText.Tidy(text).ToLowerInvariant();

    private static void MatchSimilar(IReadOnlyList<ExtractedQuestion> fresh, IReadOnlyList<StoredQuestion> old, int[] match, bool[] used)
    {
        var newLeft = Enumerable.Range(0, fresh.Count).Where(k => match[k] < 0).ToList();
        var oldLeft = Enumerable.Range(0, old.Count).Where(j => !used[j]).ToList();
        if (newLeft.Count == 0 || oldLeft.Count == 0 || (long)newLeft.Count * oldLeft.Count > MaxSimilarityPairs)
        {
            return;
        }

        var model = SimilarityModel.Build([.. newLeft.Select(k => fresh[k].Text), .. oldLeft.Select(j => old[j].Question.Question.Text)]);
        var pairs = new List<(int K, int J, float Score)>();
        for (var a = 0; a < newLeft.Count; a++)
        {
            for (var b = 0; b < oldLeft.Count; b++)
            {
                var score = model.Score(a, newLeft.Count + b);
                if (score >= SimilarEnough)
                {
                    pairs.Add((newLeft[a], oldLeft[b], score));
                }
            }
        }

        foreach (var (k, j, _) in pairs.OrderByDescending(p => p.Score))
        {
            if (match[k] < 0 && !used[j])
            {
                match[k] = j;
                used[j] = true;
            }
        }
    }

    private static void MatchByPosition(IReadOnlyList<ExtractedQuestion> fresh, IReadOnlyList<StoredQuestion> old, int[] match, bool[] used)
    {
        for (var k = 0; k < fresh.Count; k++)
        {
            if (match[k] >= 0 || fresh[k].Answer is null)
            {
                continue;
            }

            for (var j = 0; j < old.Count; j++)
            {
                if (!used[j] && old[j].Ordinal == k && old[j].Question.Question.Answer == fresh[k].Answer)
                {
                    match[k] = j;
                    used[j] = true;
                    break;
                }
            }
        }
    }
}
