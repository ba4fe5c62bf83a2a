namespace Viva.Core.Grading;

/// <summary>Everything the lexical grader measured about one answer, before the model turns it into a score.</summary>
/// <param name="Features">The measurements the model scores.</param>
/// <param name="Units">One entry per key point (or derived reference unit), in the order of the request.</param>
/// <param name="FromKeyPoints">True when the units are the request's key points; false when derived from the reference.</param>
/// <param name="AnswerWords">How many content words of the answer were read.</param>
/// <param name="Subjects">The keys of the subjects the units talk about (for swap checks), sorted.</param>
public sealed record GradingAnalysis(GradingFeatures Features, IReadOnlyList<UnitMatch> Units, bool FromKeyPoints, int AnswerWords, IReadOnlyList<string> Subjects);
