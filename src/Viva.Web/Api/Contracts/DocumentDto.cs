using Viva.Core.Import;

namespace Viva.Web.Api.Contracts;

/// <summary>What an import did with one document.</summary>
/// <param name="Source">The file's name.</param>
/// <param name="Failed">True when nothing from it was stored.</param>
/// <param name="Questions">Questions found.</param>
/// <param name="Answered">Of which fully answered.</param>
/// <param name="Added">New questions.</param>
/// <param name="Updated">Changed questions (ids kept).</param>
/// <param name="Unchanged">Questions already stored as they are.</param>
/// <param name="Duplicates">Repeats and copies.</param>
/// <param name="Invalid">Items that could not be used (see diagnostics).</param>
/// <param name="Diagnostics">Messages with lines.</param>
public sealed record DocumentDto(string Source, bool Failed, int Questions, int Answered, int Added, int Updated, int Unchanged, int Duplicates, int Invalid, IReadOnlyList<DiagnosticDto> Diagnostics)
{
    /// <summary>Of which only a stub answers (links, a skeleton, a TODO).</summary>
    public int Stubs { get; init; }

    /// <summary>Of its questions, how many ask what a curated bank question asks (linked to it: they share its card).</summary>
    public int LinkedToCurated { get; init; }

    /// <summary>The DTO of <paramref name="report"/>.</summary>
    public static DocumentDto From(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Source, report.Failed, report.Questions, report.Answered, report.Added, report.Updated, report.Unchanged, report.Duplicates, report.Invalid,
            [.. report.Diagnostics.Select(d => new DiagnosticDto(d.Line, d.Severity.ToString().ToLowerInvariant(), d.Message))])
        {
            Stubs = report.Stubs,
        };
    }
}
