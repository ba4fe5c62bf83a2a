namespace Viva.Web.Api.Contracts;

/// <summary>What one rating would schedule.</summary>
/// <param name="Rating">1 again, 2 hard, 3 good, 4 easy.</param>
/// <param name="Name">Again, Hard, Good or Easy.</param>
/// <param name="Interval">Until the card comes back, e.g. 10m or 3d.</param>
/// <param name="Due">When it comes back.</param>
public sealed record OutcomeDto(int Rating, string Name, string Interval, DateTimeOffset Due);
