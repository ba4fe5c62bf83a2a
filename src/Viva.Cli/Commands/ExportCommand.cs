using System.CommandLine;
using System.Globalization;
using Viva.Cli.Output;
using Viva.Core.Import;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary><c>viva export csv|json [FILE] [--topic T] [--reviews]</c>: the bank or the review log, for spreadsheets and scripts.</summary>
public static class ExportCommand
{
    private const string ListSeparator = " | ";

    private static readonly string[] QuestionColumns = ["id", "question", "answer", "key_points", "topics", "level"];
    private static readonly string[] ReviewColumns = ["id", "card", "question", "reviewed_at", "rating", "elapsed_days", "score", "duration_ms", "answer"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Argument<string>("FORMAT") { Description = "csv or json" }.AcceptOnlyFromAmong("csv", "json");
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "Where to write (standard output when left out or '-')" };
        var topic = new Option<string?>("--topic") { Description = "Only questions under a topic heading containing this text" };
        var reviews = new Option<bool>("--reviews") { Description = "Export the review log instead of the questions" };
        var command = new Command("export", "Export the question bank (id, question, answer, key points, topics, level) or the review log as CSV or JSON; "
            + "a CSV export can be imported again with 'viva import'")
        {
            format, file, topic, reviews,
        };
        command.SetAction(async (result, token) =>
        {
            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var questions = await store.ListAsync(new QuestionFilter { Topic = result.GetValue(topic) }, token).ConfigureAwait(false);
            var csv = result.GetValue(format) == "csv";
            string content;
            if (result.GetValue(reviews))
            {
                var texts = (await store.GetAllAsync(token).ConfigureAwait(false)).GroupBy(q => q.Question.Cluster).ToDictionary(g => g.Key, g => g.First().Question.Question.Text, StringComparer.Ordinal);
                var wanted = questions.Select(q => q.Cluster).ToHashSet(StringComparer.Ordinal);
                var log = (await store.GetReviewsAsync(ReviewService.LocalUser, DateTimeOffset.MinValue, token).ConfigureAwait(false))
                    .Where(r => result.GetValue(topic) is null || wanted.Contains(r.CardId))
                    .Select(r => ReviewRow(r, texts.GetValueOrDefault(r.CardId)))
                    .ToList();
                content = csv ? Csv(ReviewColumns, log) : JsonText(new { reviews = log.Select(r => ToObject(ReviewColumns, r)) });
            }
            else
            {
                var rows = questions.Select(QuestionRow).ToList();
                content = csv ? Csv(QuestionColumns, rows) : JsonText(new { questions = rows.Select(r => ToObject(QuestionColumns, r)) });
            }

            var path = result.GetValue(file);
            if (path is null or "-")
            {
                await context.Out.WriteAsync(content).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            try
            {
                await File.WriteAllTextAsync(path, content, token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.WriteError($"{path}: cannot write: {exception.Message}");
                return ExitCodes.InputFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static object?[] QuestionRow(BankQuestion question)
    {
        var q = question.Question;
        return [question.Id, q.Text, q.Answer, (IReadOnlyList<string>)(q.Curated?.KeyPoints ?? []), q.Topic, q.Level?.ToName()];
    }

    private static object?[] ReviewRow(ReviewRecord review, string? question) =>
    [
        review.Id, review.CardId, question, review.ReviewedAt.ToString("O", CultureInfo.InvariantCulture), review.Rating.ToString().ToLowerInvariant(),
        review.ElapsedDays, review.Score, (long)review.Duration.TotalMilliseconds, review.Answer,
    ];

    private static Dictionary<string, object?> ToObject(string[] columns, object?[] row) =>
        columns.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static string JsonText(object value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Json.Write(writer, value);
        return writer.ToString();
    }

    private static string Csv(string[] columns, IEnumerable<object?[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        writer.WriteLine(DelimitedText.Row(columns, ','));
        foreach (var row in rows)
        {
            writer.WriteLine(DelimitedText.Row(row.Select(Cell), ','));
        }

        return writer.ToString();
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        IReadOnlyList<string> list => string.Join(ListSeparator, list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
