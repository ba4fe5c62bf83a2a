using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling;

/// <summary>A card of the bank with its topic and, once studied, its schedule.</summary>
/// <param name="CardId">The card (a cluster id).</param>
/// <param name="Topic">The curated area or the imported topic it belongs to.</param>
/// <param name="Card">Its schedule; null while it is new.</param>
public sealed record CardOverview(string CardId, string Topic, CardSchedule? Card);
