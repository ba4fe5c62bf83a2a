using System.Globalization;

namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Reads a review log exported as CSV with the columns <c>card_id,review_rating,review_time</c> (more columns are
/// ignored), the layout of the open FSRS example logs; times are ISO-8601.
/// </summary>
public static class ReviewLogCsv
{
    /// <summary>The reviews in <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">A header column is missing, or a row is malformed (with its line number).</exception>
    public static IReadOnlyList<LoggedReview> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = (reader.ReadLine() ?? "").Split(',');
        int Column(string name) => Array.IndexOf(header, name) is >= 0 and var index
            ? index
            : throw new FormatException($"the review log has no '{name}' column");
        var (card, rating, time) = (Column("card_id"), Column("review_rating"), Column("review_time"));
        var reviews = new List<LoggedReview>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split(',');
            if (fields.Length < header.Length
                || !int.TryParse(fields[rating], CultureInfo.InvariantCulture, out var value) || value is < 1 or > 4
                || !DateTimeOffset.TryParse(fields[time], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                throw new FormatException($"line {line}: expected card id, a rating 1–4 and an ISO-8601 time");
            }

            reviews.Add(new LoggedReview(fields[card], at, (Rating)value));
        }

        return reviews;
    }
}
