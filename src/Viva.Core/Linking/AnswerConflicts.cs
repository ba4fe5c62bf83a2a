using Viva.Core.Grading;
using Viva.Core.Questions;

namespace Viva.Core.Linking;

/// <summary>
/// Linking never merges answers: every document's answer stays with its own question. This finds where they
/// disagree, so that the question page can say so instead of hiding it. Each answer of the cluster is graded against
/// the reference (the curated answer and its key points when the cluster has one, else the first answer) and
/// reported when the grader finds it contradicting the reference; an answer that is merely shorter is no conflict.
/// </summary>
public static class AnswerConflicts
{
    /// <summary>The answers of <paramref name="cluster"/> that contradict its reference answer.</summary>
    /// <param name="cluster">Every question of one cluster.</param>
    /// <param name="grader">Finds contradictions (the built-in grader does so by words and meaning).</param>
    /// <param name="cancellationToken">Stops between answers.</param>
    public static async Task<IReadOnlyList<AnswerConflict>> FindAsync(IReadOnlyList<BankQuestion> cluster, IAnswerGrader grader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(grader);
        var answered = cluster.Where(q => !string.IsNullOrWhiteSpace(q.Question.Answer)).ToList();
        var reference = answered.FirstOrDefault(q => q.IsCurated) ?? answered.FirstOrDefault();
        if (reference is null)
        {
            return [];
        }

        var conflicts = new List<AnswerConflict>();
        foreach (var other in answered.Where(q => q.Id != reference.Id && !q.IsCurated))
        {
            var request = new GradingRequest(reference.Question.Text, reference.Question.Answer!, reference.Question.Curated?.KeyPoints ?? [], other.Question.Answer!)
            {
                ExpectedNumber = reference.Question.Curated?.NumericAnswer,
                Tolerance = reference.Question.Curated?.Tolerance ?? 0,
            };
            var result = await grader.GradeAsync(request, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<string> reasons = result.Contradictions.Count > 0 ? [.. result.Contradictions.Select(AboutTheDocument)]
                : result.Expected is { } expected && result.Score < 2.5 ? [$"This answer gives a different number; the reference answer is {expected}."]
                : [];
            if (reasons.Count > 0)
            {
                conflicts.Add(new AnswerConflict(other.Id, other.Question.Source, other.Question.Line, reference.Id, reasons));
            }
        }

        return conflicts;
    }

    // The grader speaks to a learner ("You said…"); here the answer is a document's.
    private static string AboutTheDocument(string reason) =>
        reason.StartsWith("You ", StringComparison.Ordinal) ? "This answer " + reason[4..] : reason;
}
