using Viva.Core.Analytics;
using Viva.Core.Scheduling;

namespace Viva.Web.Practice;

/// <summary>What the charts of the dashboard and the stats page are drawn from.</summary>
/// <param name="Progress">Today, the last and next 30 days, readiness per topic.</param>
/// <param name="Queue">Today's learning, due and new cards, counted as the practice page counts them.</param>
/// <param name="GradeTrend">The grader's mean score on each of the last 30 study days.</param>
/// <param name="DesiredRetention">The retention the scheduler aims for (the target true retention is read against).</param>
/// <param name="Weakest">The topics "practise my weakest topics" starts with, weakest first.</param>
/// <param name="Interview">The interview plan and the readiness forecast on the day; null without a plan.</param>
public sealed record ProgressCharts(
    ProgressReport Progress,
    TodaysCards Queue,
    IReadOnlyList<DayScore> GradeTrend,
    double DesiredRetention,
    IReadOnlyList<string> Weakest,
    InterviewOutlook? Interview);
