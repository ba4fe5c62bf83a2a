namespace Viva.Web.Rendering;

/// <summary>One chart as a page shows it: the drawing and the sentence that says what it means and what to do.</summary>
/// <param name="Id">The figure's element id.</param>
/// <param name="Title">The chart's heading (also its accessible name).</param>
/// <param name="Svg">The inline SVG; null when there is no data yet.</param>
/// <param name="Caption">What the chart says and what to do about it; with no data, how to get some.</param>
public sealed record ChartView(string Id, string Title, string? Svg, string Caption)
{
    /// <summary>What an empty chart shows in place of the drawing.</summary>
    public const string NoData = "No data yet";
}
