namespace Viva.Core.Mock;

/// <summary>Finds the questions an interviewer could ask next after one: the nearest curated questions in other clusters.</summary>
public interface IFollowUpFinder
{
    /// <summary>Up to <paramref name="count"/> candidates related to <paramref name="question"/>, nearest first, none in its cluster.</summary>
    Task<IReadOnlyList<MockCandidate>> NearestAsync(MockCandidate question, int count, CancellationToken cancellationToken = default);
}
