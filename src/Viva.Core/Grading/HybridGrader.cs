using System.Globalization;
using Viva.Core.Semantics;

namespace Viva.Core.Grading;

/// <summary>
/// The default grader: the lexical grader's evidence (matched words, spans, negation, subject swaps) plus a
/// sentence encoder's judgement of meaning. Each key point is compared with every clause, sentence and
/// pair of sentences of the answer; a paraphrase the words miss is credited when its passage is close
/// enough in meaning and does not contradict the point. The score comes from a logistic model over the
/// lexical and semantic features. Without an encoder (it failed to load, or is switched off) it grades
/// exactly as <see cref="LexicalGrader"/>. Thread-safe; reuse one instance.
/// </summary>
public sealed class HybridGrader : IAnswerGrader
{
    /// <summary>The share of a missed key point's weighted words the answer must say for feedback to call it partly covered.</summary>
    public const double PartialCoverage = 0.25;

    /// <summary>The highest score of an answer that contradicts at least half of the key points.</summary>
    public const double ContradictedCeiling = 1.5;

    // Passages this close in similarity count as equally good.
    private const double NearTie = 0.01;

    private readonly Lazy<ITextEncoder?> _encoder;

    /// <summary>Creates a grader.</summary>
    /// <param name="lexical">The lexical grader (and its fallback model).</param>
    /// <param name="model">The fitted hybrid model.</param>
    /// <param name="encoder">Makes or returns the encoder on first use; returns null when none is available.</param>
    public HybridGrader(LexicalGrader lexical, HybridModel model, Func<ITextEncoder?> encoder)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(encoder);
        Lexical = lexical;
        Model = model;
        _encoder = new Lazy<ITextEncoder?>(encoder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A grader with the shipped models over <paramref name="encoder"/>.</summary>
    public static HybridGrader Create(Func<ITextEncoder?> encoder) => new(LexicalGrader.Default, HybridModel.Shipped, encoder);

    /// <summary>The lexical grader underneath.</summary>
    public LexicalGrader Lexical { get; }

    /// <summary>The hybrid model.</summary>
    public HybridModel Model { get; }

    /// <summary>True once the encoder has been asked for and is available (false before first use or after a failed load).</summary>
    public bool UsesMeaning => _encoder.IsValueCreated && _encoder.Value is not null;

    /// <inheritdoc/>
    public ValueTask<GradeResult> GradeAsync(GradingRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Grade(request, cancellationToken));
    }

    /// <summary>The largest share of an answer's words from the reference and key points at which it may be about something else.</summary>
    public const double UnaddressedShare = 0.1;

    /// <summary>The similarity to the reference or a key point below which an answer sharing few of their words is about something else.</summary>
    public const double UnaddressedSimilarity = 0.4;

    /// <summary>Grades <paramref name="request"/>. Never throws on its content.</summary>
    public GradeResult Grade(GradingRequest request, CancellationToken cancellationToken = default) =>
        OptionalKeyPoints.Grade(request, r => GradeRequired(r, cancellationToken));

    private GradeResult GradeRequired(GradingRequest request, CancellationToken cancellationToken)
    {
        var analysis = Analyze(request, cancellationToken);
        var lexical = analysis.Lexical;
        var vector = analysis.ToVector();
        var score = lexical.AnswerWords == 0 || NonAnswer.Is(request.Answer) ? 0.0
            : vector is null ? Lexical.Model.Score(lexical)
            : Model.Score(vector, lexical.FromKeyPoints);
        var answer = request.Answer ?? string.Empty;
        var units = analysis.Units.ToList();
        if (units.Count > 0 && units.Count(u => u.Contradicted) * 2 >= units.Count)
        {
            // An answer that contradicts half the key points has the central idea wrong, whatever words it shares.
            score = Math.Min(score, ContradictedCeiling);
        }

        string? expected = null;
        if (request.ExpectedNumber is { } number)
        {
            var right = NumericAnswer.States(answer, number, request.Tolerance);
            score = NumericAnswer.Adjust(score, right);
            units = NumericUnits(units, answer, number, request.Tolerance, right);
            expected = right ? null : number.ToString("G", CultureInfo.InvariantCulture);
        }

        return new GradeResult(
            LexicalGrader.Round(score),
            [.. units.Where(u => u.Covered).Select(u => QuoteText.Closed(answer, Covered(u)))],
            [.. units.Where(u => !u.Covered).Select(u => u.Lexical.Text)])
        {
            Contradictions = [.. units.Where(u => u.Contradicted).Select(u => ConflictWording.Describe(u, answer))],
            Partial = [.. units.Where(u => !u.Covered && !u.Contradicted).Select(Partly).OfType<CoveredPoint>().Select(p => QuoteText.Closed(answer, p))],
            Expected = expected,
        };
    }

    /// <summary>The measurements behind a grade (for training and diagnostics).</summary>
    public HybridAnalysis Analyze(GradingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lexical = Lexical.Analyze(request);
        var encoder = lexical.AnswerWords == 0 ? null : _encoder.Value;
        if (encoder is null)
        {
            return WordsOnly(lexical, request);
        }

        var answer = request.Answer ?? string.Empty;
        var passages = AnswerPassages.Split(answer);
        var texts = new List<string>(lexical.Units.Count + 2);
        texts.AddRange(lexical.Units.Select(u => UnitText(u.Text, lexical.FromKeyPoints)));
        texts.Add(PlainText.FromMarkdown(request.ReferenceAnswer ?? string.Empty));
        texts.Add(PlainText.FromMarkdown(request.Question ?? string.Empty));
        if (EncodeOrNull(encoder, texts, cancellationToken) is not { } targets
            || SpansOrNull(encoder, answer, [(0, answer.Length), .. passages.Select(p => (p.Start, p.Length))], cancellationToken) is not { } read)
        {
            // A model that fails on one input must not fail the grade: the words still grade it.
            return WordsOnly(lexical, request);
        }

        // One list: units, reference, question, then the answer and its passages as read in context.
        var vectors = targets.Concat(read).ToList();
        var unitCount = lexical.Units.Count;
        var answerVector = vectors[unitCount + 2];
        var first = unitCount + 3;
        var best = new (double Similarity, int Passage)[unitCount];
        var variants = new List<ContrastVariant>[unitCount];
        var variantTexts = new List<string>();
        for (var j = 0; j < unitCount; j++)
        {
            best[j] = BestPassage(vectors[j], vectors, first, passages);
            variants[j] = [];
        }

        // Probe the units closest to being credited first, within the per-answer budget.
        var budget = Model.Decision.ProbesContrast ? ContrastVariant.MaxPerAnswer : 0;
        foreach (var j in Enumerable.Range(0, unitCount).OrderByDescending(j => best[j].Similarity))
        {
            if (budget > 0 && best[j].Passage >= 0 && (lexical.Units[j].Covered || best[j].Similarity >= Model.Decision.WithWords))
            {
                variants[j] = [.. ContrastVariant.Build(texts[j], passages[best[j].Passage].Text, Lexical.Idf).Take(budget)];
                budget -= variants[j].Count;
            }
        }

        for (var j = 0; j < unitCount; j++)
        {
            variantTexts.AddRange(variants[j].Select(v => v.Text));
        }

        var variantVectors = variantTexts.Count == 0 ? [] : EncodeOrNull(encoder, variantTexts, cancellationToken) ?? [];

        // How close each passage is to each unit, computed once for the rivals and the leads below.
        var near = new double[passages.Count, unitCount];
        for (var k = 0; k < passages.Count; k++)
        {
            for (var j = 0; j < unitCount; j++)
            {
                near[k, j] = Vectors.Cosine(vectors[first + k], vectors[j]);
            }
        }

        var answerNear = Enumerable.Range(0, unitCount).Select(j => (double)Math.Max(0, Vectors.Cosine(answerVector, vectors[j]))).ToArray();
        var toReference = Vectors.Cosine(answerVector, vectors[unitCount]);
        var unaddressed = NonAnswer.Is(answer) || Unaddressed(lexical, request, answerNear, toReference);
        var judgements = new List<UnitJudgement>(unitCount);
        var v = 0;
        for (var j = 0; j < unitCount; j++)
        {
            var (similarity, index) = best[j];
            var contrast = double.NegativeInfinity;
            ContrastVariant? opposite = null;
            foreach (var variant in variants[j])
            {
                if (v < variantVectors.Count)
                {
                    var passageVector = vectors[first + index];
                    var gain = Vectors.Cosine(passageVector, variantVectors[v]) - Vectors.Cosine(passageVector, vectors[j]);
                    if (gain > contrast)
                    {
                        (contrast, opposite) = (gain, variant);
                    }
                }

                v++;
            }

            var rival = 0.0;
            for (var k = 0; index >= 0 && k < unitCount; k++)
            {
                rival = k == j ? rival : Math.Max(rival, near[index, k]);
            }

            var judged = UnitJudgement.Judge(lexical.Units[j], similarity, index >= 0 ? passages[index] : null, contrast, opposite, Model.Decision);
            judged = judged with { Rival = rival, AnswerSimilarity = answerNear[j], OwnLead = OwnLead(near, j), Unaddressed = unaddressed };
            // The per-point model weighs a passage's lead over the question's other points, so a lone point keeps the rule.
            judgements.Add(Model.Units is { } classifier && index >= 0 && unitCount > 1 ? classifier.Judge(judged) : judged);
        }

        var scored = judgements.Where(u => u.Lexical.Text.Length > 0).ToList();
        var semantic = new SemanticFeatures(
            Meaning: scored.Count == 0 ? 0 : scored.Average(u => Math.Max(0, u.Similarity)),
            Judged: scored.Count == 0 ? 0 : scored.Count(u => u.Covered) / (double)scored.Count,
            Answer: Math.Max(0, toReference),
            Question: Math.Max(0, Vectors.Cosine(answerVector, vectors[unitCount + 1])));
        return new HybridAnalysis(lexical, semantic, judgements);
    }

    private static HybridAnalysis WordsOnly(GradingAnalysis lexical, GradingRequest request)
    {
        var nothing = NonAnswer.Is(request.Answer);
        return new HybridAnalysis(lexical, null, [.. lexical.Units.Select(u => new UnitJudgement(u, 0, null, u.Covered && !nothing, false) { Unaddressed = nothing })]);
    }

    /// <summary>
    /// See <see cref="UnitJudgement.Unaddressed"/>: at most <see cref="UnaddressedShare"/> of the answer's words are the
    /// reference's or the key points' (soft matches count), and neither the reference nor any point comes within
    /// <see cref="UnaddressedSimilarity"/> of the answer in meaning. Every labelled answer that states a point shares at
    /// least 0.086 of its words and comes within 0.47; about half the answers written for other topics fall under both.
    /// </summary>
    /// <param name="lexical">What the words found, with the share of the answer's words the reference and points use.</param>
    /// <param name="request">The request, to tell whether there is a reference.</param>
    /// <param name="answerNear">The answer's similarity to each unit.</param>
    /// <param name="toReference">Its similarity to the reference, which counts only when there is one.</param>
    private static bool Unaddressed(GradingAnalysis lexical, GradingRequest request, double[] answerNear, double toReference) =>
        lexical.Features.Precision <= UnaddressedShare
        && answerNear.DefaultIfEmpty(0).Max() < UnaddressedSimilarity
        && (string.IsNullOrWhiteSpace(request.ReferenceAnswer) || toReference < UnaddressedSimilarity);

    /// <summary>See <see cref="UnitJudgement.OwnLead"/>; <paramref name="near"/> holds each passage's similarity to each unit.</summary>
    private static double OwnLead(double[,] near, int unit)
    {
        var (passageCount, unitCount) = (near.GetLength(0), near.GetLength(1));
        if (unitCount < 2 || passageCount == 0)
        {
            return 0;
        }

        var best = double.NegativeInfinity;
        for (var k = 0; k < passageCount; k++)
        {
            var rival = double.NegativeInfinity;
            for (var i = 0; i < unitCount; i++)
            {
                rival = i == unit ? rival : Math.Max(rival, near[k, i]);
            }

            best = Math.Max(best, near[k, unit] - rival);
        }

        return best;
    }

    private static IReadOnlyList<float[]>? EncodeOrNull(ITextEncoder encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            return encoder.Encode(texts, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private static IReadOnlyList<float[]>? SpansOrNull(ITextEncoder encoder, string text, IReadOnlyList<(int Start, int Length)> spans, CancellationToken cancellationToken)
    {
        try
        {
            return encoder.EncodeSpans(text, spans, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The passage most similar to the unit; among near ties the shortest, so the quote stays tight.</summary>
    private static (double Similarity, int Passage) BestPassage(float[] unit, List<float[]> vectors, int first, IReadOnlyList<AnswerPassage> passages)
    {
        var best = 0.0;
        var chosen = -1;
        for (var k = 0; k < passages.Count; k++)
        {
            double similarity = Vectors.Cosine(unit, vectors[first + k]);
            if (similarity > best + NearTie || (chosen >= 0 && similarity > best - NearTie && passages[k].Length < passages[chosen].Length))
            {
                best = Math.Max(best, similarity);
                chosen = k;
            }
        }

        return (chosen < 0 ? 0 : Vectors.Cosine(unit, vectors[first + chosen]), chosen);
    }

    private static string UnitText(string unit, bool fromKeyPoints) =>
        fromKeyPoints ? PlainText.FromMarkdown(OptionalKeyPoints.Strip(unit)).ReplaceLineEndings(" ") : unit;

    /// <summary>A unit that states the expected number is covered exactly when the answer gives that number.</summary>
    private static List<UnitJudgement> NumericUnits(List<UnitJudgement> units, string answer, double expected, double tolerance, bool right) =>
        [.. units.Select(u =>
        {
            var text = PlainText.FromMarkdown(u.Lexical.Text);
            var statesExpected = NumericAnswer.States(text, expected, tolerance);
            return statesExpected && right ? u with { Covered = true, ByMeaning = false, Lexical = u.Lexical with { Conflict = null } }
                : NumericAnswer.LacksNumbersOf(text, answer) ? u with { Covered = false, ByMeaning = false, Doubtful = false }
                : statesExpected ? u with { Covered = false, ByMeaning = false }
                : u;
        })];

    /// <summary>
    /// A missed unit the answer comes close to, with the words that do: half stated in words (at least
    /// <see cref="PartialCoverage"/>), or in the per-point model's doubtful band, quoted by its closest passage.
    /// </summary>
    private static CoveredPoint? Partly(UnitJudgement unit) =>
        unit.Lexical.Coverage >= PartialCoverage && unit.Lexical.Length > 0 ? new CoveredPoint(unit.Lexical.Text, unit.Lexical.Start, unit.Lexical.Length)
        : unit.Doubtful && unit.Passage is { } p ? new CoveredPoint(unit.Lexical.Text, p.Start, p.Length)
        : null;

    private static CoveredPoint Covered(UnitJudgement unit) =>
        unit.ByMeaning && unit.Passage is { } p
            ? new CoveredPoint(unit.Lexical.Text, p.Start, p.Length)
            : new CoveredPoint(unit.Lexical.Text, unit.Lexical.Start, unit.Lexical.Length);
}
