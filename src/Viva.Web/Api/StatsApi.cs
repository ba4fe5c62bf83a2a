using Viva.Web.Practice;

namespace Viva.Web.Api;

/// <summary><c>GET /api/stats</c>: today, reviews and retention over 30 days, streak, forecast and readiness per topic.</summary>
public static class StatsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/stats", async (StatsService stats, CancellationToken token) => TypedResults.Ok(await stats.ComputeAsync(token)))
            .WithTags("Stats").WithName("GetStats");
        return api;
    }
}
