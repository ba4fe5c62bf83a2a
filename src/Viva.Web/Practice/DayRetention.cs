using Viva.Core.Analytics;

namespace Viva.Web.Practice;

/// <summary>True retention on one study day.</summary>
/// <param name="Date">The study day.</param>
/// <param name="Retention">Reviews of cards on day intervals and how many were recalled.</param>
public sealed record DayRetention(DateOnly Date, RecallRate Retention);
