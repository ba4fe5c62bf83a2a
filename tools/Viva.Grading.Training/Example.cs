using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>One graded answer: the request (one per alternative reference), the human score on 0–1, and where it came from.</summary>
/// <param name="Group">The question it answers; cross-validation folds never split a group.</param>
/// <param name="Requests">The request, once per reference answer the data gives (SemEval's Beetle gives several).</param>
/// <param name="Target">The human score scaled to 0–1 (SemEval: 1 correct, 0 incorrect).</param>
/// <param name="Source">The data set.</param>
public sealed record Example(string Group, IReadOnlyList<GradingRequest> Requests, double Target, string Source);
