namespace Viva.Web.Api.Contracts;

/// <summary>The FSRS parameters that schedule the user's cards.</summary>
/// <param name="Parameters"><c>default</c> or <c>fitted</c>.</param>
/// <param name="FittedAt">When the applied fit ran; null for the defaults.</param>
/// <param name="Weights">w0…w20 in use.</param>
/// <param name="RecommendedRetention">The newest fit's recommended desired retention, if any.</param>
public sealed record FsrsStatusResponse(string Parameters, DateTimeOffset? FittedAt, IReadOnlyList<double> Weights, double? RecommendedRetention);
