namespace Viva.Core.Grading;

/// <summary>A unit an answer is checked against: a key point, or a sentence of the reference.</summary>
/// <param name="Text">The key point as the request gave it, or the reference sentence.</param>
/// <param name="Tokens">Its content words.</param>
internal sealed record TargetUnit(string Text, IReadOnlyList<GradingToken> Tokens);

/// <summary>What one request grades against, tokenised: the units, the whole reference and the question's words.</summary>
internal sealed class GradingTarget
{
    // A word more than this share of bank answers use ("use", "data", "model") is too common to be a subject.
    private const double MaxSubjectShare = 0.18;

    private GradingTarget(IReadOnlyList<TargetUnit> units, bool fromKeyPoints, IReadOnlyList<GradingToken> reference, HashSet<string> questionKeys, IdfTable idf)
    {
        Units = units;
        FromKeyPoints = fromKeyPoints;
        Reference = reference;
        QuestionKeys = questionKeys;
        Subjects = FindSubjects(units, questionKeys, idf);
    }

    /// <summary>The units, in the order of the request.</summary>
    public IReadOnlyList<TargetUnit> Units { get; }

    /// <summary>True when the units are the request's key points; false when derived from the reference.</summary>
    public bool FromKeyPoints { get; }

    /// <summary>Content words of the reference answer and of every unit.</summary>
    public IReadOnlyList<GradingToken> Reference { get; }

    /// <summary>Keys of the question's content words.</summary>
    public HashSet<string> QuestionKeys { get; }

    /// <summary>
    /// The things the units say something about and that an answer could mix up ("L1" and "L2", "bagging"
    /// and "boosting", "generator" and "discriminator"): question words the units use, and the words that
    /// open each clause of a unit with several clauses. A word every unit uses tells nothing apart, and a
    /// word most answers in the bank use is no subject; both are left out.
    /// </summary>
    public HashSet<string> Subjects { get; }

    public static GradingTarget Prepare(GradingRequest request, IdfTable idf)
    {
        var reference = PlainText.FromMarkdown(request.ReferenceAnswer ?? string.Empty);
        var keyPoints = (request.KeyPoints ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        var fromKeyPoints = keyPoints.Count > 0;
        var units = fromKeyPoints
            ? keyPoints.Select(k => new TargetUnit(k, GradingTokenizer.Tokenize(PlainText.FromMarkdown(k).Replace('\n', ' '), idf))).ToList()
            : ReferenceUnits.Derive(reference, idf).Select(s => new TargetUnit(s, GradingTokenizer.Tokenize(s, idf))).ToList();
        var referenceTokens = GradingTokenizer.Tokenize(reference, idf);
        if (fromKeyPoints)
        {
            referenceTokens.AddRange(units.SelectMany(u => u.Tokens));
        }

        var question = GradingTokenizer.Tokenize(PlainText.FromMarkdown(request.Question ?? string.Empty), idf);
        return new GradingTarget(units, fromKeyPoints, referenceTokens, [.. question.Select(t => t.Key)], idf);
    }

    private static HashSet<string> FindSubjects(IReadOnlyList<TargetUnit> units, HashSet<string> questionKeys, IdfTable idf)
    {
        var unitKeys = units.Select(u => u.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var subjects = new HashSet<string>(questionKeys.Where(k => unitKeys.Any(s => s.Contains(k))), StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var clauses = unit.Tokens.GroupBy(t => t.Sentence).ToList();
            if (clauses.Count > 1)
            {
                subjects.UnionWith(clauses.Select(c => c.First().Key));
            }
        }

        if (units.Count > 1)
        {
            subjects.RemoveWhere(k => unitKeys.All(s => s.Contains(k)));
        }

        subjects.RemoveWhere(k => idf.Frequency(k) > MaxSubjectShare * idf.Documents);

        return subjects;
    }
}
