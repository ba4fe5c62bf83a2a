namespace Viva.Web.Api.Contracts;

/// <summary>Options of an optimizer run (all optional).</summary>
/// <param name="Since">Only cards first studied on or after this date (yyyy-MM-dd or ISO-8601).</param>
/// <param name="Apply">Apply the fit even if it does not predict the later reviews better.</param>
public sealed record FsrsOptimizeBody(string? Since, bool? Apply);
