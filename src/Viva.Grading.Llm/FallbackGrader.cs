using Viva.Core.Grading;

namespace Viva.Grading.Llm;

/// <summary>
/// Grades with a primary grader (an LLM) and, when it fails in any way, with a fallback (the built-in
/// grader), saying so in <see cref="GradeResult.Notice"/>. Cancellation by the caller is not a failure.
/// </summary>
/// <param name="primary">The grader tried first.</param>
/// <param name="fallback">The grader used when the first fails.</param>
/// <param name="primaryName">How notices name the primary grader.</param>
public sealed class FallbackGrader(IAnswerGrader primary, IAnswerGrader fallback, string primaryName = "LLM grader") : IAnswerGrader
{
    /// <inheritdoc/>
    public async ValueTask<GradeResult> GradeAsync(GradingRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await primary.GradeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of the optional grader falls back to the built-in one, by design.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var result = await fallback.GradeAsync(request, cancellationToken).ConfigureAwait(false);
            return result with { Notice = $"{primaryName} failed ({exception.Message}); graded with the built-in grader" };
        }
    }
}
