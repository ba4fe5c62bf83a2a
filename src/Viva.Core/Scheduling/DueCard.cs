using Viva.Core.Scheduling.States;

namespace Viva.Core.Scheduling;

/// <summary>A card with its schedule.</summary>
/// <param name="CardId">The card (a cluster id).</param>
/// <param name="Card">Its schedule.</param>
public sealed record DueCard(string CardId, CardSchedule Card);
