using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Web.Api.Contracts;
using Viva.Web.Practice;

namespace Viva.Web.Pages.Questions;

/// <summary>One question: answer, key points, the same question in other documents, and the user's history on its card.</summary>
public sealed class DetailModel(QuestionService questions) : PageModel
{
    /// <summary>The question.</summary>
    public QuestionDetail Detail { get; private set; } = null!;

    /// <summary>Loads the question, or 404.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await questions.DetailAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
