using Viva.Core.Scheduling.Interview;
using Viva.Core.Storage;

namespace Viva.Cli.Practice;

/// <summary>What a practice session covers.</summary>
/// <param name="NewPerDay">New cards allowed per study day.</param>
/// <param name="Filter">Topic, level and source filters.</param>
public sealed record PracticeOptions(int NewPerDay, QuestionFilter Filter)
{
    /// <summary>The interview date to study toward, if one is set.</summary>
    public InterviewPlan? Plan { get; init; }
}
