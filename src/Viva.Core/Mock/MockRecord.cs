namespace Viva.Core.Mock;

/// <summary>A saved mock interview with its answers.</summary>
/// <param name="Id">Its id (what <c>viva mock --show</c> takes).</param>
/// <param name="UserId">Whose it is.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended; null when it was interrupted.</param>
/// <param name="Track">The track's title.</param>
/// <param name="Level">The level asked for, or null for any.</param>
/// <param name="Seed">The seed it was drawn with.</param>
/// <param name="Questions">Questions planned.</param>
/// <param name="Minutes">Minutes allowed.</param>
/// <param name="Answers">Its answers, in order.</param>
public sealed record MockRecord(
    long Id,
    string UserId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Track,
    string? Level,
    int Seed,
    int Questions,
    int Minutes,
    IReadOnlyList<MockAnswer> Answers)
{
    /// <summary>Mean score of the graded answers (skips count as 0); null when nothing was answered.</summary>
    public double? MeanScore => Answers.Count == 0 ? null : Answers.Average(a => a.Score ?? 0);
}
