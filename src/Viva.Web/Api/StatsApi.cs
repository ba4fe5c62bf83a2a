using Viva.Web.Api.Contracts;
using Viva.Web.Practice;

namespace Viva.Web.Api;

/// <summary>
/// <c>GET /api/stats</c>: today, reviews and retention over 30 days, streak, forecast and readiness per topic, the grade
/// trend, and readiness on the interview day per topic: the figures the dashboard's charts plot.
/// </summary>
public static class StatsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/stats", async (StatsService stats, CancellationToken token) =>
            {
                var (report, trend, interview) = await stats.ComputeAsync(token);
                return TypedResults.Ok(new StatsResponse(report.Stats, report.Streak, report.RetentionPerDay, trend,
                    interview is null ? null : InterviewForecastDto.From(interview)));
            })
            .WithTags("Stats").WithName("GetStats");
        return api;
    }
}
