using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Core.Mock;
using Viva.Core.Questions;
using Viva.Web.Api;
using Viva.Web.Mock;

using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>Mock interview: pick a track and length, then one question at a time with a timer; the report follows. Works without script; mock.js runs the clock and adds keys.</summary>
public sealed class MockModel(MockWebService mocks, TimeProvider time) : PageModel
{
    /// <summary>The <see cref="Reveal"/> value that shows each answer graded as soon as it is given.</summary>
    public const string EachAnswer = "each";

    /// <summary>The running mock, on the question step.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    /// <summary><c>each</c> to see every answer graded, with its reference, as soon as it is submitted; otherwise at the end.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reveal { get; set; }

    /// <summary>With <see cref="Reveal"/> <c>each</c>: the position just answered, whose grade and reference to show.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Answered { get; set; }

    /// <summary>True when grades and references come after each answer.</summary>
    public bool RevealEach => Reveal == EachAnswer;

    /// <summary>The answer just given, graded, when grades come after each answer.</summary>
    public MockAnswer? Revealed { get; private set; }

    /// <summary>The running mock.</summary>
    public MockRecord? Mock { get; private set; }

    /// <summary>The question to answer now.</summary>
    public MockItem? Item { get; private set; }

    /// <summary>Saved mocks, on the setup step.</summary>
    public IReadOnlyList<MockRecord> History { get; private set; } = [];

    /// <summary>When the question was shown (Unix milliseconds), to time the answer.</summary>
    public long ShownAt { get; private set; }

    /// <summary>A problem to show.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the setup form, or the running mock's next question; a mock that is over goes to its report.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            History = await mocks.HistoryAsync(cancellationToken);
            return Page();
        }

        if (await mocks.FindAsync(id, cancellationToken) is not { } mock)
        {
            return NotFound();
        }

        Mock = mock;
        Item = await mocks.NextAsync(mock, cancellationToken);
        Revealed = RevealEach ? mock.Answers.FirstOrDefault(a => a.Position == Answered) : null;
        if (Item is null && Revealed is null)
        {
            return RedirectToPage("/MockReport", new { id });
        }

        ShownAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        return Page();
    }

    /// <summary>Draws and starts a mock.</summary>
    public async Task<IActionResult> OnPostStartAsync(string? track, string? topics, int questions, int minutes, string? level, string? reveal, CancellationToken cancellationToken)
    {
        var chosen = MockTrack.Find(track) ?? (track == "custom" && !string.IsNullOrWhiteSpace(topics)
            ? MockTrack.Custom(topics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : null);
        if (chosen is null || questions is < 1 or > 50 || minutes is < 1 or > 600)
        {
            Error = chosen is null ? "Pick a track (a custom track needs topics)." : "Questions must be 1 to 50, and minutes 1 to 600.";
            History = await mocks.HistoryAsync(cancellationToken);
            return Page();
        }

        var seed = (int)(time.GetUtcNow().ToUnixTimeMilliseconds() % 1_000_000);
        var options = new MockOptions(chosen, questions, minutes, LevelNames.FromWord(level), seed);
        if (await mocks.StartAsync(options, cancellationToken) is not { } id)
        {
            Error = $"No curated question matches {chosen.Title} at that level.";
            History = await mocks.HistoryAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { id, reveal = reveal == EachAnswer ? EachAnswer : null });
    }

    /// <summary>Grades and saves an answer (empty: skipped), then shows the next question or the report.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(long id, int position, string? answer, long shownAt, bool end, string? reveal, CancellationToken cancellationToken)
    {
        if (await mocks.FindAsync(id, cancellationToken) is not { } mock)
        {
            return NotFound();
        }

        // A repeated post (a second click, the back button) finds the position already answered and saves nothing twice.
        if (await mocks.NextAsync(mock, cancellationToken) is { } item && item.Position == position)
        {
            answer = (answer ?? "").Trim();
            answer = answer.Length > PracticeApi.MaxAnswerLength ? answer[..PracticeApi.MaxAnswerLength] : answer;
            await mocks.AnswerAsync(mock, item, answer, AnswerTime.Since(shownAt, time.GetUtcNow(), TimeSpan.FromHours(10)), cancellationToken);
        }

        return end ? RedirectToPage("/MockReport", new { id })
            : reveal == EachAnswer ? RedirectToPage(new { id, reveal, answered = position })
            : RedirectToPage(new { id });
    }
}
