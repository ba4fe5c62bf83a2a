namespace Viva.Core.Grading;

/// <summary>The hybrid grader's verdict on one unit (key point or reference sentence).</summary>
/// <param name="Lexical">What matching words found.</param>
/// <param name="Similarity">The best cosine similarity between the unit and a passage of the answer; 0 without an encoder.</param>
/// <param name="Passage">That passage, or null.</param>
/// <param name="Covered">True when the answer states the unit, by words or by meaning, without contradicting it.</param>
/// <param name="ByMeaning">True when meaning alone earned the credit (the words did not).</param>
public sealed record UnitJudgement(UnitMatch Lexical, double Similarity, AnswerPassage? Passage, bool Covered, bool ByMeaning)
{
    /// <summary>How much closer the passage is to <see cref="Opposite"/> than to the unit (negative: closer to the unit).</summary>
    public double Contrast { get; init; } = double.NegativeInfinity;

    /// <summary>How similar the unit's best passage is to the closest other unit of the request (0 when there is none): a passage that is really about another key point is no evidence for this one.</summary>
    public double Rival { get; init; }

    /// <summary>The cosine similarity of the whole answer to the unit.</summary>
    public double AnswerSimilarity { get; init; }

    /// <summary>
    /// Over the answer's passages, the most by which one is closer to this unit than to any other unit of the request (0
    /// when there is no other unit). A point the answer states has a passage of its own; one it leaves out is only ever
    /// near passages that say another point, which in a long answer can still be fairly close to it.
    /// </summary>
    public double OwnLead { get; init; }

    /// <summary>
    /// True when the unit is not covered but the per-point model found it close (<see cref="UnitClassifier.Doubt"/>) and
    /// nothing contradicts it: feedback shows it as not clearly stated rather than missed.
    /// </summary>
    public bool Doubtful { get; init; }

    /// <summary>
    /// True when the whole answer says nothing of the question: it shares no word with the reference or the key points
    /// and is far from all of them in meaning ("I don't know", an answer to another question). No unit is credited then.
    /// </summary>
    public bool Unaddressed { get; init; }

    /// <summary>The contrasting variant of the unit the passage is closest to, or null when none was tried.</summary>
    public ContrastVariant? Opposite { get; init; }

    /// <summary>True when the words show the answer contradicting the unit (negating it, or saying it of another subject).</summary>
    public bool ContradictedByWords =>
        Lexical.Conflict is not null && Lexical.Contradiction + Lexical.Swap >= UnitCoverage.ContradictionLimit
        && Lexical.Coverage + Lexical.Contradiction + Lexical.Swap >= MinAddressed
        && (Similarity == 0 || Similarity >= MinAddressedSimilarity);

    /// <summary>True when the answer contradicts words of the unit anywhere, reported or not.</summary>
    public bool HasConflictingWords => Lexical.Conflict is not null && Lexical.Contradiction + Lexical.Swap >= UnitCoverage.ContradictionLimit;

    /// <summary>True when the clearest contradiction of the unit lies inside its best passage.</summary>
    public bool ConflictInPassage => Lexical.Conflict is { } c && Passage is { } p && c.Start >= p.Start && c.Start < p.Start + p.Length;

    /// <summary>With an encoder, how similar the closest passage must be for the answer to be making a claim about the unit at all.</summary>
    public const double MinAddressedSimilarity = 0.5;

    /// <summary>
    /// The share of a unit an answer must say, rightly or wrongly, before a conflict counts as contradicting it: a lone
    /// opposite word in an answer about something else ("irreducible noise" against "raises variance") is no claim about it.
    /// </summary>
    public const double MinAddressed = 0.3;

    /// <summary>True when the passage means a contrasting variant of the unit more than the unit itself.</summary>
    public bool ContradictedByMeaning { get; init; }

    /// <summary>
    /// True when the answer contradicts the unit (by its words, by its meaning, or by putting two of its subjects in each
    /// other's roles) and is not credited with it after all.
    /// </summary>
    public bool Contradicted => !Covered && (ContradictedByWords || ContradictedByMeaning || Lexical.RolesSwapped);

    /// <summary>
    /// The verdict: covered by words, or else by meaning when <paramref name="decision"/> accepts the similarity and
    /// the passage holds no contradicted word of the unit ("L1 does not zero weights" earns nothing by meaning).
    /// </summary>
    /// <param name="unit">What the words found.</param>
    /// <param name="similarity">The best similarity of the unit to a passage.</param>
    /// <param name="passage">That passage.</param>
    /// <param name="contrast">How much closer the passage is to <paramref name="opposite"/> than to the unit.</param>
    /// <param name="opposite">The closest contrasting variant, or null.</param>
    /// <param name="decision">The fitted thresholds.</param>
    public static UnitJudgement Judge(UnitMatch unit, double similarity, AnswerPassage? passage, double contrast, ContrastVariant? opposite, MeaningDecision decision)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(decision);
        var judgement = new UnitJudgement(unit, similarity, passage, unit.Covered, false)
        {
            Contrast = contrast,
            Opposite = opposite,
            ContradictedByMeaning = opposite is not null && contrast >= decision.Contrast,
        };
        if (judgement.ContradictedByMeaning)
        {
            return judgement with { Covered = false };
        }

        // Words the answer contradicts anywhere (reported or not) bar credit by meaning.
        if (unit.Covered || unit.RolesSwapped || judgement.HasConflictingWords || judgement.Contradicted || passage is null || !decision.Covers(similarity, unit.Coverage))
        {
            return judgement;
        }

        return judgement.ConflictInPassage ? judgement : judgement with { Covered = true, ByMeaning = true };
    }
}
