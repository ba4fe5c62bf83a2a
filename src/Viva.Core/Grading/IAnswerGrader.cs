namespace Viva.Core.Grading;

/// <summary>Grades typed answers. Implementations are thread-safe and never throw on the content of a request.</summary>
public interface IAnswerGrader
{
    /// <summary>Grades <paramref name="request"/>.</summary>
    /// <param name="request">The answer and what it is graded against.</param>
    /// <param name="cancellationToken">Cancels a grader that waits on something (a remote model).</param>
    ValueTask<GradeResult> GradeAsync(GradingRequest request, CancellationToken cancellationToken = default);
}
