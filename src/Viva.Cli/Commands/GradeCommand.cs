using System.CommandLine;
using Viva.Cli.Grading;
using Viva.Cli.Output;
using Viva.Core.Grading;
using Viva.Core.Import;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Cli.Commands;

/// <summary>
/// <c>viva grade --question ID --answer-file FILE | --batch FILE.tsv [--grader MODE] [--json]</c>:
/// scores typed answers 0–5 and lists the key points they cover and miss;
/// <c>viva grade --disagreements [--limit N] [--json]</c> lists the questions whose grades practice overrules most.
/// </summary>
public static class GradeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var question = new Option<string?>("--question") { Description = "Grade against this bank question (its id, as list and search print it)", HelpName = "ID" };
        var answerFile = new Option<string?>("--answer-file") { Description = "The answer to grade, as a text file (with --question)", HelpName = "FILE" };
        var batch = new Option<string?>("--batch")
        {
            Description = "Grade every row of a tab-separated file with the header 'id question reference answer' against the row's own reference " +
                "(an optional 'key_points' column, points separated by |, grades the row against those key points)",
            HelpName = "FILE.tsv",
        };
        var grader = new Option<string>("--grader")
        {
            Description = $"auto: an LLM when {GraderChoice.UrlVariable} and {GraderChoice.ModelVariable} are set ({GraderChoice.KeyVariable} optional), else the built-in grader; " +
                "builtin: words and meaning (a sentence encoder), words alone when the encoder cannot load; lexical: words alone; llm",
            DefaultValueFactory = _ => GraderChoice.Auto,
        };
        grader.AcceptOnlyFromAmong(GraderChoice.Auto, GraderChoice.BuiltIn, GraderChoice.Lexical, GraderChoice.Llm);
        var disagreements = new Option<bool>("--disagreements")
        {
            Description = "List the questions whose grades you overruled most in practice (r: I was right, w: I was wrong), most first",
        };
        var limit = new Option<int?>("--limit") { Description = $"With --disagreements: show at most N questions (default {DisagreementReport.DefaultLimit})", HelpName = "N" };
        var json = new Option<bool>("--json")
        {
            Description = "Print {\"grades\": [{\"id\", \"score\", \"covered\", \"missed\"}]} (see docs/contracts.md); with --disagreements " +
                "{\"disagreements\": [{\"id\", \"question\", \"graded\", \"right\", \"wrong\"}]}",
        };
        var details = new Option<bool>("--details")
        {
            Description = "With --json: also print \"partial\" (missed key points partly said), \"contradictions\" and \"expected\" (a numeric question's number) where there are any",
        };
        var command = new Command(
            "grade",
            "Score typed answers 0–5 (5 = complete and correct) against a reference answer and its key points, listing the key points covered and missed. " +
            "The built-in grader is deterministic and offline: it matches each key point (or, without key points, each sentence of the reference) " +
            "to the best passage of the answer by its words (stemming, an ML synonym and abbreviation lexicon, negation and swap checks) " +
            "and by meaning (a sentence encoder that runs locally), and names any key point the answer contradicts.")
        {
            question, answerFile, batch, grader, disagreements, limit, json, details,
        };
        command.SetAction(async (result, token) =>
        {
            var (id, file, batchFile) = (result.GetValue(question), result.GetValue(answerFile), result.GetValue(batch));
            var count = result.GetValue(limit);
            if (result.GetValue(disagreements))
            {
                if (DisagreementsUsage(id, file, batchFile, count) is { } wrong)
                {
                    context.WriteError(wrong);
                    return ExitCodes.Usage;
                }

                return await DisagreementReport.RunAsync(context, count ?? DisagreementReport.DefaultLimit, result.GetValue(json), token).ConfigureAwait(false);
            }

            if ((count is null ? Usage(id, file, batchFile) : "--limit goes with --disagreements") is { } usage)
            {
                context.WriteError(usage);
                context.Error.WriteLine("Run 'viva grade --help' for usage.");
                return ExitCodes.Usage;
            }

            var (chosen, error) = GraderChoice.Create(context, result.GetValue(grader)!, out var notice);
            if (chosen is null)
            {
                context.WriteError(error!);
                return ExitCodes.Usage;
            }

            if (notice is not null)
            {
                context.WriteError(notice);
            }

            var run = new GradeRun(context, chosen, result.GetValue(json), result.GetValue(details));
            return batchFile is not null
                ? await run.BatchAsync(batchFile, token).ConfigureAwait(false)
                : await run.OneAsync(id!, file!, token).ConfigureAwait(false);
        });
        return command;
    }

    private static string? Usage(string? id, string? file, string? batch) => (id, file, batch) switch
    {
        (null, null, null) => "give --question ID --answer-file FILE, --batch FILE.tsv, or --disagreements",
        (_, _, not null) when id is not null || file is not null => "--batch grades a file on its own; leave out --question and --answer-file",
        (not null, null, _) => "--question needs --answer-file FILE (the answer to grade)",
        (null, not null, _) => "--answer-file needs --question ID (the bank question it answers)",
        _ => null,
    };

    private static string? DisagreementsUsage(string? id, string? file, string? batch, int? limit) =>
        id is not null || file is not null || batch is not null ? "--disagreements lists overruled grades on its own; leave out --question, --answer-file and --batch"
        : limit is < 1 ? "--limit: must be 1 or more"
        : null;

    /// <summary>One invocation: grades, then writes JSON or human output.</summary>
    private sealed class GradeRun(CliContext context, IAnswerGrader grader, bool json, bool details)
    {
        // Rows of a batch file reported one by one; the rest are counted.
        private const int MaxBatchErrorsShown = 20;

        private readonly HashSet<string> _notices = new(StringComparer.Ordinal);

        public async Task<int> OneAsync(string id, string file, CancellationToken token)
        {
            var answer = ReadAnswer(file);
            if (answer is null)
            {
                return ExitCodes.InputFailed;
            }

            using var store = await context.OpenBankAsync(token).ConfigureAwait(false);
            var request = await RequestAsync(store, id, answer, token).ConfigureAwait(false);
            if (request is null)
            {
                return ExitCodes.InputFailed;
            }

            var grade = await GradeAsync(request, token).ConfigureAwait(false);
            if (json)
            {
                Json.Write(context.Out, new { grades = new[] { GradeJson(id, grade, details) } });
            }
            else
            {
                GradeRenderer.Feedback(context.Console, answer, grade);
            }

            return ExitCodes.Success;
        }

        public async Task<int> BatchAsync(string file, CancellationToken token)
        {
            var name = Path.GetFileName(file);
            var text = ReadText(file, name, allowEmpty: false);
            var (rows, errors) = text is null ? ([], []) : BatchFile.Parse(name, text);
            foreach (var error in errors.Take(MaxBatchErrorsShown))
            {
                context.Error.WriteLine(error);
            }

            if (errors.Count > MaxBatchErrorsShown)
            {
                // A file in the wrong format fails on every row; the first lines say why, thousands more would bury the grades.
                context.Error.WriteLine($"viva: {name}: {errors.Count - MaxBatchErrorsShown} more rows could not be read (not shown)");
            }

            var grades = new List<(string Id, GradeResult Grade)>(rows.Count);
            foreach (var row in rows)
            {
                grades.Add((row.Id, await GradeAsync(new GradingRequest(row.Question, row.Reference, row.KeyPoints, row.Answer), token).ConfigureAwait(false)));
            }

            if (json)
            {
                Json.Write(context.Out, new { grades = grades.Select(g => GradeJson(g.Id, g.Grade, details)) });
            }
            else
            {
                GradeRenderer.Table(context.Console, grades);
            }

            return text is null || errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        }

        private async Task<GradeResult> GradeAsync(GradingRequest request, CancellationToken token)
        {
            var grade = await grader.GradeAsync(request, token).ConfigureAwait(false);
            if (grade.Notice is { } notice && _notices.Add(notice))
            {
                context.WriteError(notice);
            }

            return grade;
        }

        /// <summary>The request for a bank question; an imported question is graded against the curated question it is linked to, when there is one.</summary>
        private async Task<GradingRequest?> RequestAsync(IBankStore store, string id, string answer, CancellationToken token)
        {
            var question = await store.FindAsync(id, token).ConfigureAwait(false);
            if (question is null)
            {
                context.WriteError($"{id}: no question with this id (try 'viva search')");
                return null;
            }

            var source = question;
            if (!question.IsCurated && question.Cluster != question.Id && await store.FindAsync(question.Cluster, token).ConfigureAwait(false) is { IsCurated: true } curated)
            {
                source = curated;
            }

            var q = source.Question;
            if (string.IsNullOrWhiteSpace(q.Answer) && q.Curated is not { KeyPoints.Count: > 0 })
            {
                context.WriteError($"{id}: the question has no reference answer to grade against");
                return null;
            }

            var numeric = q.Curated is { Kind: QuestionKind.Numeric, NumericAnswer: { } expected } ? expected : (double?)null;
            return new GradingRequest(question.Question.Text, q.Answer ?? string.Empty, q.Curated?.KeyPoints ?? [], answer)
            {
                ExpectedNumber = numeric,
                Tolerance = q.Curated?.Tolerance ?? 0,
            };
        }

        private string? ReadAnswer(string file) => ReadText(file, file, allowEmpty: true);

        /// <summary>The decoded text of <paramref name="file"/>, or null after reporting why it cannot be read.</summary>
        private string? ReadText(string file, string name, bool allowEmpty)
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(file))
                {
                    context.WriteError($"{name}: no such file");
                    return null;
                }

                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.WriteError($"{name}: cannot read the file ({exception.Message})");
                return null;
            }

            if (allowEmpty && bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return string.Empty;
            }

            var decoded = SourceDecoder.Decode(name, bytes);
            if (decoded.Error is { } error)
            {
                context.Error.WriteLine(error);
                return null;
            }

            return decoded.Text!;
        }

        /// <summary>The contract's four fields; with <c>--details</c>, then <c>optional_missed</c>, <c>partial</c>, <c>contradictions</c> and <c>expected</c> when there is something to say.</summary>
        private static Dictionary<string, object?> GradeJson(string id, GradeResult grade, bool details)
        {
            var json = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["score"] = grade.Score,
                ["covered"] = grade.Covered.Select(c => c.KeyPoint),
                ["missed"] = grade.Missed,
            };
            if (!details)
            {
                return json;
            }

            if (grade.OptionalMissed.Count > 0)
            {
                json["optional_missed"] = grade.OptionalMissed;
            }

            if (grade.Partial.Count > 0)
            {
                json["partial"] = grade.Partial.Select(p => p.KeyPoint);
            }

            if (grade.Contradictions.Count > 0)
            {
                json["contradictions"] = grade.Contradictions;
            }

            if (grade.Expected is { } expected)
            {
                json["expected"] = expected;
            }

            return json;
        }
    }
}
