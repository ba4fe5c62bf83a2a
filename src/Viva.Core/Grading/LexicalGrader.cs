using System.Collections.Concurrent;

namespace Viva.Core.Grading;

/// <summary>
/// The built-in grader: pure C#, deterministic, no network. It checks each key point (or, without key
/// points, each sentence of the reference) against the best-matching passage of the answer, measures
/// soft recall and precision against the reference, word order, length, words that only echo the
/// question and contradictions, and turns these into a 0–5 score with a small fitted logistic model.
/// Thread-safe; reuse one instance.
/// </summary>
public sealed class LexicalGrader : IAnswerGrader
{
    /// <summary>Scores are multiples of this.</summary>
    public const double ScoreStep = 0.25;

    /// <summary>The highest score.</summary>
    public const double MaxScore = 5.0;

    // Prepared references, reused while a batch or a practice session grades many answers to one question.
    private const int MaxCachedTargets = 512;
    private readonly ConcurrentDictionary<(string Question, string Reference, string KeyPoints), GradingTarget> _targets = new();

    private static readonly Lazy<LexicalGrader> DefaultGrader = new(() => new LexicalGrader(GradingModel.Shipped, IdfTable.Bank));

    /// <summary>Creates a grader from a fitted model and idf weights.</summary>
    public LexicalGrader(GradingModel model, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(idf);
        Model = model;
        Idf = idf;
    }

    /// <summary>The grader with the shipped model and the idf weights learnt from the curated bank.</summary>
    public static LexicalGrader Default => DefaultGrader.Value;

    /// <summary>The fitted model.</summary>
    public GradingModel Model { get; }

    /// <summary>The idf weights.</summary>
    public IdfTable Idf { get; }

    /// <inheritdoc/>
    public ValueTask<GradeResult> GradeAsync(GradingRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Grade(request));
    }

    /// <summary>Grades <paramref name="request"/>. Never throws on its content (empty, huge or odd text).</summary>
    public GradeResult Grade(GradingRequest request) => OptionalKeyPoints.Grade(request, GradeRequired);

    private GradeResult GradeRequired(GradingRequest request)
    {
        var analysis = Analyze(request);
        var answer = request.Answer ?? string.Empty;
        var nothing = NonAnswer.Is(answer);
        var score = analysis.AnswerWords == 0 || nothing ? 0.0 : Model.Score(analysis);
        if (request.ExpectedNumber is { } expected)
        {
            score = NumericAnswer.Adjust(score, NumericAnswer.States(answer, expected, request.Tolerance));
        }

        score = Round(score);
        var units = request.ExpectedNumber is null && !nothing ? analysis.Units
            : [.. analysis.Units.Select(u => u.Covered && (nothing || NumericAnswer.LacksNumbersOf(PlainText.FromMarkdown(u.Text), answer)) ? u with { Covered = false } : u)];
        var covered = units.Where(u => u.Covered).Select(u => QuoteText.Closed(answer, new CoveredPoint(u.Text, u.Start, u.Length))).ToList();
        var missed = units.Where(u => !u.Covered).Select(u => u.Text).ToList();
        return new GradeResult(score, covered, missed);
    }

    /// <summary>The measurements behind a grade (for training and diagnostics).</summary>
    public GradingAnalysis Analyze(GradingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FeatureExtractor.Analyze(request, Target(request), Idf, Model.CoverageThreshold);
    }

    private GradingTarget Target(GradingRequest request)
    {
        var key = (request.Question ?? string.Empty, request.ReferenceAnswer ?? string.Empty, string.Join('\u001F', request.KeyPoints ?? []));
        if (_targets.TryGetValue(key, out var target))
        {
            return target;
        }

        if (_targets.Count >= MaxCachedTargets)
        {
            _targets.Clear();
        }

        return _targets.GetOrAdd(key, _ => GradingTarget.Prepare(request, Idf));
    }

    /// <summary>Rounds a raw score to the nearest multiple of <see cref="ScoreStep"/> within 0–5.</summary>
    public static double Round(double score) =>
        double.IsNaN(score) ? 0 : Math.Clamp(Math.Round(score / ScoreStep, MidpointRounding.AwayFromZero) * ScoreStep, 0, MaxScore);
}
