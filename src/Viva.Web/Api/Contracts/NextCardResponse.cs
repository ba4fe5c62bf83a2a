namespace Viva.Web.Api.Contracts;

/// <summary>The card to practise now and what is left today.</summary>
/// <param name="Card">The card, or null when today's queue is done.</param>
/// <param name="Learning">Cards on same-day steps today.</param>
/// <param name="Due">Review cards due today.</param>
/// <param name="New">New cards still allowed today.</param>
public sealed record NextCardResponse(CardDto? Card, int Learning, int Due, int New);
