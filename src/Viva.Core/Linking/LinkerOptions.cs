namespace Viva.Core.Linking;

/// <summary>Settings of <see cref="DuplicateLinker"/>.</summary>
public sealed record LinkerOptions
{
    /// <summary>
    /// Blended similarity (0–1) from which two questions are one. Calibrated on the labelled pairs in
    /// <c>tests/fixtures/dedupe/pairs.tsv</c> (see the linker's calibration test).
    /// </summary>
    public float Threshold { get; init; } = 0.68f;

    /// <summary>
    /// An imported question joins a curated one when the curated question contains at least this share
    /// of its weighted words: curated questions are written to answer the narrower phrasings too
    /// ("What is precision?" is answered by "What are precision and recall?").
    /// </summary>
    public float CuratedContainment { get; init; } = 0.85f;

    /// <summary>The similarity floor that still applies to a contained question.</summary>
    public float CuratedFloor { get; init; } = 0.2f;

    /// <summary>How much of a curated question a longer imported prompt must contain to be answered by it.</summary>
    public float CuratedPromptContainment { get; init; } = 0.9f;

    /// <summary>The similarity floor for a long prompt that contains a curated question.</summary>
    public float CuratedPromptFloor { get; init; } = 0.5f;

    /// <summary>
    /// The middle ground: a fair overlap in both directions with one side mostly inside the other
    /// ("TensorBoard: what is it, how do you visualise…" against "What is TensorBoard, and how do you use it during training?").
    /// </summary>
    public float CuratedOverlapFloor { get; init; } = 0.4f;

    /// <summary>How much of one side the other must contain at <see cref="CuratedOverlapFloor"/>.</summary>
    public float CuratedOverlapContainment { get; init; } = 0.65f;

    /// <summary>
    /// The least similarity at which the best curated match of an otherwise unlinked question is taken,
    /// provided it beats the runner-up by <see cref="ClearWinnerMargin"/>. Calibrated on the hand-checked
    /// map in <c>tests/fixtures/coverage/seed-to-curated.tsv</c> (46 of the 51 links it adds there are right).
    /// </summary>
    public float ClearWinnerFloor { get; init; } = 0.2f;

    /// <summary>How far the best curated match must lead the second best.</summary>
    public float ClearWinnerMargin { get; init; } = 0.05f;

    /// <summary>How much of the question the clear winner must contain: a shared common word is not enough.</summary>
    public float ClearWinnerContainment { get; init; } = 0.3f;

    /// <summary>A word carried by more curated questions than this is too common to compare them all.</summary>
    public int MaxCuratedPostings { get; init; } = 400;

    /// <summary>A token carried by more questions than this is too common to propose candidates.</summary>
    public int MaxPostings { get; init; } = 48;

    /// <summary>How many of a question's rarest tokens propose candidates.</summary>
    public int BlockingTokens { get; init; } = 4;

    /// <summary>How many curated questions, nearest in meaning, the meaning-aware linker weighs for each imported one.</summary>
    public int MeaningCandidates { get; init; } = 10;

    /// <summary>
    /// The word similarity two imported questions need before the meaning-aware linker weighs them: it keeps the
    /// work near-linear and spares the model pairs that share only a word.
    /// </summary>
    public float MeaningPairFloor { get; init; } = 0.2f;

    /// <summary>
    /// How much closer in meaning a curated question whose subject the imported question lacks may be than one whose
    /// subject it names, and still lose to it. Held out by seed document, 0.025 links more questions right and fewer wrong
    /// than either 0.05 (which overrules the fitted model, that already weighs the subject words, too often) or none
    /// (which lets "What is deep learning?" join the memory-networks question).
    /// </summary>
    public float SubjectTieMargin { get; init; } = 0.025f;

    /// <summary>
    /// A curated question naming a library the imported question never names, or scoped to a field it never names
    /// (databases, NLP), gives way to one naming none it does not, rated at least this share of its probability; above 1,
    /// never. Held out by seed document, 0.2 to 0.4 linked the same when only libraries counted.
    /// </summary>
    public double NarrowerRatio { get; init; } = 0.3;

    /// <summary>
    /// A favourite that does not ask what the imported question asks first (its use, which to prefer, why, when, a comparison,
    /// a list), or that asks first what the imported question never asks, gives way to the best candidate that agrees in
    /// kind both ways, rated at least this share of its probability; above 1, never. Held out by seed document, 0.7 linked 800
    /// seed questions right and 25 wrong, 0.5 799 and 26, 0.3 796 and 29, and never 797 and 28.
    /// </summary>
    public double IntentRatio { get; init; } = 0.7;

    /// <summary>
    /// How much of an imported question's weighted words a curated question must contain to be linked although every
    /// curated question is far from it in meaning (below a cosine of 0.45; an off-topic question shares no words).
    /// </summary>
    public float FarQuestionInside { get; init; } = 0.5f;

    /// <summary>The defaults.</summary>
    public static LinkerOptions Default { get; } = new();
}
