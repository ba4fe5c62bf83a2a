using Viva.Core.Scheduling.Fsrs;

namespace Viva.Core.Scheduling.Interview;

/// <summary>A card as the interview planner weighs it.</summary>
/// <param name="CardId">The card.</param>
/// <param name="Memory">Its memory state; null for a card never studied.</param>
/// <param name="ElapsedDays">Days since its last review (0 for a new card).</param>
public sealed record PlanCard(string CardId, MemoryState? Memory, double ElapsedDays);
