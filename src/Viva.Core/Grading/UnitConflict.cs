namespace Viva.Core.Grading;

/// <summary>How an answer contradicts a key point.</summary>
public enum ConflictKind
{
    /// <summary>The answer negates what the key point states, or states its opposite ("not convex", "slower").</summary>
    Negated,

    /// <summary>The answer says it of another subject ("L2 gives sparse weights" where the key point is about L1).</summary>
    Swapped,
}

/// <summary>The clearest place where an answer contradicts one key point, for feedback.</summary>
/// <param name="Kind">Negated or swapped.</param>
/// <param name="Word">The key point's word the answer contradicts, as the key point writes it.</param>
/// <param name="Start">Offset in the answer of the contradicting word (UTF-16).</param>
/// <param name="Length">Its length.</param>
/// <param name="Subject">For a swap: the subject the key point says it of, as the key point writes it; otherwise null.</param>
/// <param name="AnswerSubject">For a swap: the subject the answer says it of, as the answer writes it; otherwise null.</param>
public sealed record UnitConflict(ConflictKind Kind, string Word, int Start, int Length, string? Subject, string? AnswerSubject)
{
    /// <summary>
    /// For a direction given the other way: the key point's word that <see cref="Word"/> is said of ("training" in "low
    /// training error", answered "high training error"), as the key point writes it; otherwise null.
    /// </summary>
    public string? Term { get; init; }
}
