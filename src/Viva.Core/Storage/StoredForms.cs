using System.Globalization;
using System.Text.Json;
using Viva.Core.Questions;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Interview;
using Viva.Core.Scheduling.States;

namespace Viva.Core.Storage;

/// <summary>
/// How values are written into database columns, the same in every store, so a bank copied from one database to
/// another reads back alike and its checksums agree.
/// </summary>
public static class StoredForms
{
    /// <summary>The settings key counting the imports applied to a bank; a search index built at one count is stale at the next.</summary>
    public const string BankVersionKey = "bank_version";

    /// <summary>The settings key of how many of the curated bank's source documents ask each curated question.</summary>
    public const string CuratedAskedInKey = "curated.asked-in";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A question's topics, code or curated metadata, or a card state, as JSON text.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Reads what <see cref="ToJson{T}"/> wrote.</summary>
    public static T? FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    /// <summary>A card state as the review log keeps it.</summary>
    public static CardSchedule CardFromJson(string json) =>
        FromJson<CardSchedule>(json) ?? throw new InvalidDataException("a review's card state is empty");

    /// <summary>The rank the queue orders levels by: basic, intermediate, advanced, then unknown.</summary>
    public static int LevelRank(Level? level) => level switch
    {
        Level.Basic => 0,
        Level.Intermediate => 1,
        Level.Advanced => 2,
        _ => 3,
    };

    /// <summary>The settings key of a user's interview plan.</summary>
    public static string InterviewPlanKey(string userId) => $"interview-plan:{userId}";

    /// <summary>An interview plan as its settings value: <c>yyyy-MM-dd minutes</c>.</summary>
    public static string InterviewPlanValue(InterviewPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Create(CultureInfo.InvariantCulture, $"{plan.Date:yyyy-MM-dd} {plan.MinutesPerDay}");
    }

    /// <summary>Reads <see cref="InterviewPlanValue"/>; null for a missing or damaged value.</summary>
    public static InterviewPlan? ParseInterviewPlan(string? value) =>
        value?.Split(' ') is [var date, var minutes]
        && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && int.TryParse(minutes, CultureInfo.InvariantCulture, out var budget)
            ? new InterviewPlan(day, budget)
            : null;

    /// <summary>FSRS weights w0..w20, comma-separated, round-trippable.</summary>
    public static string WeightsText(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join(',', parameters.Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)));
    }

    /// <summary>Reads <see cref="WeightsText"/>.</summary>
    public static FsrsParameters ParseWeights(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FsrsParameters.From([.. text.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture))]);
    }
}
