using System.Globalization;
using Viva.Core.Scheduling;

namespace Viva.Cli.Commands;

/// <summary>Parses the scheduling values users type: rating lists, step lists, parameter vectors.</summary>
public static class SchedulerArguments
{
    /// <summary>Parses <c>again,hard,good,easy</c> or <c>1..4</c>, comma-separated.</summary>
    /// <exception cref="FormatException">An item is neither.</exception>
    public static IReadOnlyList<Rating> Ratings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ratings = new List<Rating>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            ratings.Add(ParseRating(item) ?? throw new FormatException($"'{item}' is not a rating (again, hard, good, easy or 1–4)"));
        }

        return ratings.Count > 0 ? ratings : throw new FormatException("give at least one rating");
    }

    /// <summary>One rating by name or number, or null.</summary>
    public static Rating? ParseRating(string item) => item.ToLowerInvariant() switch
    {
        "1" or "again" or "a" => Rating.Again,
        "2" or "hard" or "h" => Rating.Hard,
        "3" or "good" or "g" => Rating.Good,
        "4" or "easy" or "e" => Rating.Easy,
        _ => null,
    };

    /// <summary>Parses steps like <c>1m,10m</c> (units s, m, h); empty or <c>none</c> means no steps.</summary>
    /// <exception cref="FormatException">A step is malformed, not positive, or a day or longer.</exception>
    public static IReadOnlyList<TimeSpan> Steps(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim() is "" or "none")
        {
            return [];
        }

        return [.. text.Split(',', StringSplitOptions.TrimEntries).Select(ParseStep)];
    }

    /// <summary>Parses 21 (or 19 or 17) comma-separated numbers.</summary>
    /// <exception cref="FormatException">An item is not a number.</exception>
    public static IReadOnlyList<double> Parameters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(item =>
            double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"'{item}' is not a number"))];
    }

    private static TimeSpan ParseStep(string item)
    {
        if (item.Length < 2 || !double.TryParse(item[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new FormatException($"'{item}' is not a step (a positive number with s, m or h, e.g. 10m)");
        }

        var step = char.ToLowerInvariant(item[^1]) switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => throw new FormatException($"'{item}': the unit must be s, m or h"),
        };
        return step < TimeSpan.FromDays(1) ? step : throw new FormatException($"'{item}': a step must be shorter than a day");
    }
}
