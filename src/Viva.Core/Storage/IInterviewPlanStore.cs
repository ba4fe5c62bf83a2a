using Viva.Core.Scheduling.Interview;

namespace Viva.Core.Storage;

/// <summary>Each user's interview date and daily budget.</summary>
public interface IInterviewPlanStore
{
    /// <summary>The user's plan, or null when none is set.</summary>
    Task<InterviewPlan?> GetInterviewPlanAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores the user's plan; null removes it.</summary>
    Task SaveInterviewPlanAsync(string userId, InterviewPlan? plan, CancellationToken cancellationToken = default);
}
