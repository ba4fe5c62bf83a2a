namespace Viva.Core.Grading;

/// <summary>How well the answer covers one unit (key point or reference sentence).</summary>
/// <param name="Text">The unit as the request gave it, or the reference sentence it was derived from.</param>
/// <param name="Coverage">The weighted share of the unit's words that one passage of the answer says, 0 to 1.</param>
/// <param name="Contradiction">Coverage lost when words the answer negates or states the opposite of stop counting, 0 to 1.</param>
/// <param name="Swap">Coverage lost when words the answer says of a different subject stop counting, 0 to 1.</param>
/// <param name="Covered">True when the passage covers the unit and does not contradict it.</param>
/// <param name="Start">Start of the covering passage in the answer (UTF-16 offset); 0 when nothing matched.</param>
/// <param name="Length">Length of the covering passage; 0 when nothing matched.</param>
public sealed record UnitMatch(string Text, double Coverage, double Contradiction, double Swap, bool Covered, int Start, int Length)
{
    /// <summary>The clearest contradiction of the unit in the answer, or null when there is none.</summary>
    public UnitConflict? Conflict { get; init; }

    /// <summary>
    /// 1 when the answer makes two of the unit's words, one of them a subject of the question, trade places around a
    /// third that stands apart from both ("containers give stronger isolation than VMs" for "VMs give stronger isolation
    /// than containers"), or pairs the words of two clauses the other way round ("variables are stored in 16-bit while
    /// layers compute in float32" for "layers compute in 16-bit while variables stay in float32"), 0.5 for any other
    /// exchange, else 0 (see <see cref="UnitCoverage"/>).
    /// </summary>
    public double Disorder { get; init; }

    /// <summary>The unit's two words the answer puts in each other's roles (as the unit spells them), or null.</summary>
    public (string First, string Second)? SwappedWords { get; init; }

    /// <summary>True when the answer says the unit with two of its subjects in each other's roles.</summary>
    public bool RolesSwapped => Disorder >= 1;
}
