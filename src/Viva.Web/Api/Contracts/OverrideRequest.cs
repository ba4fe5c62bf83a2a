namespace Viva.Web.Api.Contracts;

/// <summary>The user's verdict on the grade of a review they already made.</summary>
/// <param name="Verdict"><c>right</c> ("I was right": scored too low), <c>wrong</c> ("I was wrong": scored too high) or <c>none</c> to withdraw it.</param>
public sealed record OverrideRequest(string? Verdict);
