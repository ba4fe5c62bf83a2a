namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>One rating from a review log, all the optimizer needs of it.</summary>
/// <param name="CardId">The card.</param>
/// <param name="ReviewedAt">When the rating was given.</param>
/// <param name="Rating">The rating.</param>
public readonly record struct LoggedReview(string CardId, DateTimeOffset ReviewedAt, Rating Rating);
