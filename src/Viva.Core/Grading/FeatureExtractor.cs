namespace Viva.Core.Grading;

/// <summary>Measures an answer against its target: unit coverage, soft recall and precision, word order, length, echo.</summary>
internal static class FeatureExtractor
{
    // Pairs of unit words matched this well, in order and at most this far apart, count as a matched bigram.
    private const float BigramMatch = 0.8f;
    private const int BigramGap = 2;

    public static GradingAnalysis Analyze(GradingRequest request, GradingTarget target, IdfTable idf, double threshold)
    {
        var text = request.Answer ?? string.Empty;
        var answer = new AnswerIndex(GradingTokenizer.Tokenize(text, idf), idf, text);

        var subjects = new SubjectMap(target.Subjects, answer.Tokens, target.SaidOf, target.Roles, target.Governors, target.QuestionKeys)
        {
            NamedGovernors = target.NamedGovernors,
            Outcomes = target.Outcomes,
            PrefixedOpeners = target.PrefixedOpeners,
        };
        var units = target.Units.Select(u => UnitCoverage.Match(u, answer, threshold, subjects)).ToList();
        var scored = units.Where((_, i) => target.Units[i].Tokens.Count > 0).ToList();
        var features = new GradingFeatures(
            Coverage: scored.Count == 0 ? 0 : scored.Average(u => u.Coverage),
            Covered: scored.Count == 0 ? 0 : scored.Count(u => u.Covered) / (double)scored.Count,
            Contradiction: scored.Count == 0 ? 0 : scored.Max(u => u.Contradiction),
            Swap: scored.Count == 0 ? 0 : scored.Max(u => u.Swap),
            Recall: Recall(target.Reference, answer),
            Precision: Precision(target.Reference, answer, target.Weight),
            Bigrams: Bigrams(target.Units, answer, target.Weight),
            Length: Math.Log((1.0 + answer.Tokens.Count) / (1.0 + target.UnitWordCount)),
            Echo: answer.Tokens.Count == 0 ? 0 : answer.Tokens.Count(t => target.QuestionKeys.Contains(t.Key)) / (double)answer.Tokens.Count);
        return new GradingAnalysis(features, units, target.FromKeyPoints, answer.Tokens.Count, [.. target.Subjects.Order(StringComparer.Ordinal)]);
    }

    private static double Recall(IReadOnlyList<(GradingToken Token, float Weight)> reference, AnswerIndex answer)
    {
        double said = 0, total = 0;
        foreach (var (token, w) in reference)
        {
            total += w;
            said += w * answer.Best(token);
        }

        return total > 0 ? said / total : 0;
    }

    private static double Precision(IReadOnlyList<(GradingToken Token, float Weight)> reference, AnswerIndex answer, Func<string, float> weight)
    {
        var best = new float[answer.Tokens.Count];
        foreach (var (token, _) in reference)
        {
            foreach (var match in answer.Matches(token))
            {
                best[match.Position] = Math.Max(best[match.Position], match.Similarity);
            }
        }

        double said = 0, total = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < best.Length; p++)
        {
            var key = answer.Tokens[p].Key;
            if (seen.Add(key))
            {
                var w = weight(key);
                total += w;
                said += w * best[p];
            }
        }

        return total > 0 ? said / total : 0;
    }

    private static double Bigrams(IReadOnlyList<TargetUnit> units, AnswerIndex answer, Func<string, float> weight)
    {
        double said = 0, total = 0;
        var seen = new HashSet<(string, string)>();
        foreach (var unit in units)
        {
            for (var i = 0; i + 1 < unit.Tokens.Count; i++)
            {
                var (a, b) = (unit.Tokens[i], unit.Tokens[i + 1]);
                if (!seen.Add((a.Key, b.Key)))
                {
                    continue;
                }

                var w = weight(a.Key) + weight(b.Key);
                total += w;
                said += InOrder(answer.Matches(a), answer.Matches(b)) ? w : 0;
            }
        }

        return total > 0 ? said / total : 0;
    }

    private static bool InOrder(AnswerMatch[] first, AnswerMatch[] second)
    {
        foreach (var a in first)
        {
            if (a.Similarity < BigramMatch)
            {
                continue;
            }

            foreach (var b in second)
            {
                var gap = b.Position - a.Position;
                if (gap > BigramGap)
                {
                    break;
                }

                if (gap >= 1 && b.Similarity >= BigramMatch)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
