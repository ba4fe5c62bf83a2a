using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;
using Viva.Web.Api.Contracts;
using Viva.Web.Data;
using Viva.Web.Practice;

namespace Viva.Web.Pages;

/// <summary>
/// Settings: the interview date and daily minutes (the store <c>viva plan</c> uses), and the FSRS parameters in use with
/// a button that fits them to the user's reviews (as <c>viva fsrs optimize</c>).
/// </summary>
public sealed class SettingsModel(FsrsSettingsService settings, BankLease bank, ReviewService reviews) : PageModel
{
    private IInterviewPlanStore Plans => bank.Store;

    /// <summary>The most minutes a day a plan takes (a whole day).</summary>
    public const int MostMinutes = 24 * 60;

    /// <summary>The interview plan in force; null when none is set.</summary>
    public InterviewPlan? Plan { get; private set; }

    /// <summary>Study days from today to the interview.</summary>
    public int DaysLeft => Plan is null ? 0 : reviews.DaysUntil(Plan.Date);

    /// <summary>The date typed into the plan form (yyyy-MM-dd).</summary>
    [BindProperty]
    public string? InterviewDate { get; set; }

    /// <summary>The minutes a day typed into the plan form.</summary>
    [BindProperty]
    public string? MinutesPerDay { get; set; }

    /// <summary>What the plan form did, or why it did nothing.</summary>
    public string? PlanMessage { get; private set; }

    /// <summary>True when <see cref="PlanMessage"/> is a refusal.</summary>
    public bool PlanRefused { get; private set; }

    /// <summary>The parameters in use (after the run, when there was one).</summary>
    public FsrsStatusResponse Status { get; private set; } = null!;

    /// <summary>The outcome of the optimizer, after the button.</summary>
    public FsrsOptimizeResponse? Result { get; private set; }

    /// <summary>Why nothing was fitted.</summary>
    public string? Error { get; private set; }

    /// <summary>Apply the fit even if it is not better.</summary>
    [BindProperty]
    public bool Apply { get; set; }

    /// <summary>Shows the settings.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Sets the interview date and daily minutes, as <c>viva plan --interview DATE --minutes-per-day N</c>.</summary>
    public async Task<IActionResult> OnPostPlanAsync(CancellationToken cancellationToken)
    {
        var current = await Plans.GetInterviewPlanAsync(reviews.UserId, cancellationToken);
        var minutes = current?.MinutesPerDay ?? InterviewPlan.DefaultMinutesPerDay;
        if (!DateOnly.TryParseExact(InterviewDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Refuse(string.IsNullOrWhiteSpace(InterviewDate) ? "Give the interview date." : $"“{InterviewDate}” is not a date (yyyy-MM-dd).");
        }
        else if (reviews.DaysUntil(date) < 0)
        {
            Refuse($"{date:yyyy-MM-dd} is in the past.");
        }
        else if (!string.IsNullOrWhiteSpace(MinutesPerDay)
            && (!int.TryParse(MinutesPerDay, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes is < 1 or > MostMinutes))
        {
            Refuse($"Minutes a day must be a whole number from 1 to {MostMinutes}.");
        }
        else
        {
            await Plans.SaveInterviewPlanAsync(reviews.UserId, new InterviewPlan(date, minutes), cancellationToken);
            PlanMessage = "Saved: practice now puts first the cards that add the most recall on the day, within the daily minutes.";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Forgets the interview date, as <c>viva plan --clear</c>.</summary>
    public async Task<IActionResult> OnPostClearPlanAsync(CancellationToken cancellationToken)
    {
        var had = await Plans.GetInterviewPlanAsync(reviews.UserId, cancellationToken) is not null;
        await Plans.SaveInterviewPlanAsync(reviews.UserId, null, cancellationToken);
        PlanMessage = had ? "Interview date cleared: practice is back to its usual order." : "No interview date was set.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Runs the optimizer.</summary>
    public async Task<IActionResult> OnPostOptimizeAsync(CancellationToken cancellationToken)
    {
        (Result, Error, _) = await settings.OptimizeAsync(new FsrsOptimizeBody(null, Apply), cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private void Refuse(string message)
    {
        PlanMessage = message;
        PlanRefused = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Status = await settings.StatusAsync(cancellationToken);
        Plan = await Plans.GetInterviewPlanAsync(reviews.UserId, cancellationToken);

        // A refused form keeps what was typed; otherwise the form shows the plan in force.
        if (!PlanRefused)
        {
            InterviewDate = Plan?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            MinutesPerDay = (Plan?.MinutesPerDay ?? InterviewPlan.DefaultMinutesPerDay).ToString(CultureInfo.InvariantCulture);
        }
    }
}
