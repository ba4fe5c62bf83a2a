using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Web.Api;

/// <summary>Reads the browse and practice filters from query values, collecting every problem for a validation response.</summary>
public static class BrowseQuery
{
    /// <summary>The most questions one list returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>A filter from the query values, or the errors by parameter name.</summary>
    public static (QuestionFilter Filter, Dictionary<string, string[]> Errors) Parse(string? topic, string? level, string? source, bool unanswered, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        Level? parsed = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            parsed = level.Trim().ToLowerInvariant() switch
            {
                "basic" => Level.Basic,
                "intermediate" => Level.Intermediate,
                "advanced" => Level.Advanced,
                _ => null,
            };
            if (parsed is null)
            {
                errors["level"] = [$"'{level}' is not a level: use basic, intermediate or advanced"];
            }
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}"];
        }

        var filter = new QuestionFilter
        {
            Topic = Blank(topic),
            Level = parsed,
            Source = Blank(source),
            UnansweredOnly = unanswered,
            Limit = limit,
        };
        return (filter, errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
