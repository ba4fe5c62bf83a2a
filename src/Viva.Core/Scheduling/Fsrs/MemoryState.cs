namespace Viva.Core.Scheduling.Fsrs;

/// <summary>FSRS's model of one card in memory.</summary>
/// <param name="Stability">Days until recall probability falls to 90%.</param>
/// <param name="Difficulty">How hard the card is, from 1 to 10.</param>
public readonly record struct MemoryState(double Stability, double Difficulty);
