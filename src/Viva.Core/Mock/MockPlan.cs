namespace Viva.Core.Mock;

/// <summary>The questions of a mock interview, in order, and how it was drawn.</summary>
/// <param name="Options">Track, length, level and seed.</param>
/// <param name="Items">The questions, follow-ups right after the question they follow.</param>
public sealed record MockPlan(MockOptions Options, IReadOnlyList<MockItem> Items);
