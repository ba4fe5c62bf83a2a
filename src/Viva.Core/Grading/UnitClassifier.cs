using System.Text.Json.Nodes;

namespace Viva.Core.Grading;

/// <summary>
/// The fitted verdict on one key point: a logistic model over what the words and the encoder found (similarity of the
/// best passage, the share of the point's words it says, negated or swapped words, and how much closer the passage is
/// to this point than to the question's other points), covered at or above <see cref="Threshold"/>. It replaces fixed
/// similarity thresholds, which let a small lexical conflict veto a clear paraphrase and credited a passage that was
/// really about another key point. Fitted by <c>tools/Viva.Grading.Training</c> on the labelled judgements.
/// </summary>
/// <param name="Scorer">The logistic model over <see cref="Names"/>.</param>
/// <param name="Threshold">The probability at or above which the unit counts as covered.</param>
/// <param name="Doubt">
/// The probability at or above which a unit that is not covered is shown as not clearly stated rather than missed
/// (<see cref="UnitJudgement.Doubtful"/>); equal to <see cref="Threshold"/> when there is no such band.
/// </param>
public sealed record UnitClassifier(LinearScorer Scorer, double Threshold, double Doubt)
{
    /// <summary>
    /// How far below <see cref="Threshold"/> the doubtful band reaches. In cross-validation by question about half the
    /// points in it are ones the answer does state, against about one in five of those below it.
    /// </summary>
    public const double DoubtBand = 0.15;

    /// <summary>A model with the doubtful band <see cref="DoubtBand"/> below its threshold.</summary>
    public UnitClassifier(LinearScorer scorer, double threshold)
        : this(scorer, threshold, Math.Max(0, threshold - DoubtBand))
    {
    }

    /// <summary>
    /// The similarity below which an answer's closest passage is faint evidence for a unit. Almost every labelled
    /// judgement lies above it; answers about something else ("I don't know", another question's answer) lie below,
    /// and a feature that is zero above it lets the model learn them without bending its verdicts on real answers.
    /// </summary>
    public const double FaintBelow = 0.35;

    /// <summary>The features in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "similarity", "coverage", "coveredByWords", "contradiction", "swap", "conflictInPassage", "conflicting",
        "leadOverOtherPoints", "similarityTimesCoverage", "answerSimilarity", "disorder", "ownLead", "faintness",
    ];

    /// <summary>The features of a judgement, in the order of <see cref="Names"/>.</summary>
    public static double[] Features(UnitJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var unit = judgement.Lexical;
        return
        [
            judgement.Similarity,
            unit.Coverage,
            unit.Covered ? 1 : 0,
            unit.Contradiction,
            unit.Swap,
            judgement.ConflictInPassage ? 1 : 0,
            judgement.HasConflictingWords ? 1 : 0,
            judgement.Similarity - judgement.Rival,
            judgement.Similarity * unit.Coverage,
            judgement.AnswerSimilarity,
            unit.Disorder,
            judgement.OwnLead,
            Math.Max(0, FaintBelow - judgement.Similarity),
        ];
    }

    /// <summary>The probability, 0 to 1, that the answer states the unit.</summary>
    public double Probability(UnitJudgement judgement) => Scorer.Probability(Features(judgement));

    /// <summary>
    /// The judgement with this model's verdict. An answer that plainly contradicts the unit (in words, in a passage about
    /// it, by meaning, or with two of its subjects in each other's roles), or that says nothing of the question at all, is
    /// never credited with it, whatever the model says.
    /// </summary>
    public UnitJudgement Judge(UnitJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var covered = Covers(judgement);
        var doubtful = !covered && !Vetoed(judgement) && Probability(judgement) >= Doubt;
        return judgement with { Covered = covered, ByMeaning = covered && !judgement.Lexical.Covered, Doubtful = doubtful };
    }

    /// <summary>True when the model credits the unit and nothing vetoes it.</summary>
    public bool Covers(UnitJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return !Vetoed(judgement) && Probability(judgement) >= Threshold;
    }

    /// <summary>True when the answer plainly contradicts the unit or gives no evidence of it, so no probability credits it.</summary>
    public static bool Vetoed(UnitJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return judgement.Unaddressed || judgement.ContradictedByMeaning || (judgement with { Covered = false }).ContradictedByWords || judgement.Lexical.RolesSwapped;
    }

    /// <summary>Reads <c>{"features": [...], "bias": b, "weights": [...], "threshold": t, "doubt": d}</c>; without <c>doubt</c>, no band.</summary>
    /// <exception cref="FormatException">The features are not <see cref="Names"/>.</exception>
    public static UnitClassifier FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var names = node["features"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        if (!names.SequenceEqual(Names))
        {
            throw new FormatException($"the key-point model's features ({string.Join(", ", names)}) are not the grader's ({string.Join(", ", Names)})");
        }

        var threshold = node["threshold"]!.GetValue<double>();
        return new UnitClassifier(LinearScorer.FromJson(node), threshold, node["doubt"]?.GetValue<double>() ?? threshold);
    }

    /// <summary>The model as JSON.</summary>
    public JsonObject ToJson()
    {
        var json = Scorer.ToJson();
        json["features"] = new JsonArray([.. Names.Select(n => JsonValue.Create(n))]);
        json["threshold"] = Math.Round(Threshold, 4);
        json["doubt"] = Math.Round(Doubt, 4);
        return json;
    }
}
