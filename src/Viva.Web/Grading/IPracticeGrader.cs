using Viva.Core.Questions;

namespace Viva.Web.Grading;

/// <summary>
/// Grades a typed practice answer. The one seam where the web app meets a grader: register another
/// implementation in <see cref="Hosting.VivaWebApp"/> to change how answers are scored.
/// </summary>
public interface IPracticeGrader
{
    /// <summary>Grades <paramref name="answer"/> to the card headed by <paramref name="question"/>.</summary>
    /// <param name="question">The card's head question (curated metadata holds key points and numeric answers).</param>
    /// <param name="referenceAnswer">The card's reference answer as Markdown, or null.</param>
    /// <param name="answer">What the user typed.</param>
    /// <param name="cancellationToken">Cancels grading.</param>
    Task<PracticeGrade> GradeAsync(BankQuestion question, string? referenceAnswer, string answer, CancellationToken cancellationToken);
}
