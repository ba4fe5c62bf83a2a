using System.CommandLine;
using System.Globalization;
using Viva.Cli.Output;
using Viva.Core.Import;
using Viva.Core.Import.Anki;
using Viva.Core.Questions;
using Viva.Core.Scheduling;
using Viva.Core.Storage;
using Viva.Storage.Sqlite.Anki;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva export csv|json [FILE] [--topic T] [--source S] [--reviews]</c>: the bank or the review log, for spreadsheets and
/// scripts; <c>viva export anki FILE.apkg</c>: the bank as an Anki deck.
/// </summary>
public static class ExportCommand
{
    /// <summary>Where imported Anki media are kept, under the data folder.</summary>
    public const string MediaFolder = "media";

    private const string ListSeparator = " | ";

    private static readonly string[] QuestionColumns = ["id", "question", "answer", "key_points", "topics", "level"];
    private static readonly string[] ReviewColumns = ["id", "card", "question", "reviewed_at", "rating", "elapsed_days", "score", "duration_ms", "answer"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Argument<string>("FORMAT") { Description = "csv, json or anki (an .apkg deck)" }.AcceptOnlyFromAmong("csv", "json", "anki");
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "Where to write (standard output when left out or '-'; anki needs a FILE.apkg)" };
        var topic = new Option<string?>("--topic") { Description = "Only questions under a topic heading containing this text (anki: the deck is named Viva::TOPIC)" };
        var source = new Option<string?>("--source") { Description = "Only questions of documents whose name contains this text" };
        var reviews = new Option<bool>("--reviews") { Description = "Export the review log instead of the questions" };
        var command = new Command("export", "Export the question bank (id, question, answer, key points, topics, level) or the review log as CSV or JSON, "
            + "or the bank as an Anki deck (anki FILE.apkg: one note per distinct question, answer as HTML, tags from topics and level; "
            + "exporting again updates the notes in Anki rather than adding them twice); CSV and Anki exports can be imported again with 'viva import'")
        {
            format, file, topic, source, reviews,
        };
        command.SetAction(async (result, token) =>
        {
            if (result.GetValue(format) == "anki" && (result.GetValue(file) is null or "-" || result.GetValue(reviews)))
            {
                context.WriteError(result.GetValue(reviews) ? "the review log cannot be exported to Anki; use csv or json" : "export anki needs a FILE.apkg to write (run 'viva export --help')");
                return ExitCodes.Usage;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var questions = await store.ListAsync(new QuestionFilter { Topic = result.GetValue(topic), Source = result.GetValue(source) }, token).ConfigureAwait(false);
            if (result.GetValue(format) == "anki")
            {
                return WriteDeck(context, result.GetValue(file)!, result.GetValue(topic), questions);
            }

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

    // One note per distinct question: the curated wording where there is one, else the first document's.
    private static int WriteDeck(CliContext context, string path, string? topic, IReadOnlyList<BankQuestion> questions)
    {
        var distinct = questions.GroupBy(q => q.Cluster, StringComparer.Ordinal).Select(g => g.FirstOrDefault(q => q.IsCurated) ?? g.First()).ToList();
        var deck = string.IsNullOrWhiteSpace(topic) ? "Viva" : $"Viva::{topic.Trim()}";
        var media = MediaFiles(Path.Combine(context.Home, MediaFolder), distinct);
        try
        {
            AnkiPackageWriter.Write(path, deck, AnkiDeckBuilder.Build(distinct), context.Time.GetUtcNow(), media);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.WriteError($"{path}: cannot write: {exception.Message}");
            return ExitCodes.InputFailed;
        }

        context.Out.WriteLine($"{path}: {distinct.Count} note(s) in the deck \"{deck}\"" + (media.Count > 0 ? $", with {media.Count} media file(s)" : string.Empty));
        return ExitCodes.Success;
    }

    // The images and sounds the answers show that the media folder holds (regular files, not links, of a sane size).
    private static List<string> MediaFiles(string folder, IEnumerable<BankQuestion> questions) =>
        [.. questions.SelectMany(q => AnkiMedia.Names(q.Question.Answer ?? string.Empty))
            .Where(AnkiMedia.IsPlainName)
            .Distinct(StringComparer.Ordinal)
            .Select(name => new FileInfo(Path.Combine(folder, name)))
            .Where(f => f.Exists && f.LinkTarget is null && f.Length <= AnkiPackageImport.MaxMediaFileBytes)
            .Select(f => f.FullName)];

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
