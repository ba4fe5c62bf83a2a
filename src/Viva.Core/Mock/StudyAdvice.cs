namespace Viva.Core.Mock;

/// <summary>One "study next" recommendation of a mock report.</summary>
/// <param name="Area">The area to study.</param>
/// <param name="MeanScore">Its mean grade in the mock.</param>
/// <param name="Missed">Key points missed on it, most important first (at most three).</param>
/// <param name="Questions">The questions on it that scored below a pass, to look up with <c>viva show</c>.</param>
public sealed record StudyAdvice(string Area, double MeanScore, IReadOnlyList<string> Missed, IReadOnlyList<string> Questions)
{
    /// <summary>The command that practises the area.</summary>
    public string Command => $"viva practice --topic {Area}";
}
