using Viva.Core.Linking;
using Viva.Core.Questions;

namespace Viva.Cli.Output;

/// <summary>The contract shapes of questions in <c>--json</c> output.</summary>
public static class QuestionJson
{
    /// <summary>The <c>questions</c> item of <c>viva import --json</c>.</summary>
    public static object Full(BankQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = question.Question;
        return new Dictionary<string, object?>
        {
            ["id"] = question.Id,
            ["source"] = q.Source,
            ["line"] = q.Line,
            ["question"] = q.Text,
            ["answer"] = q.Answer,
            ["topic"] = q.Topic,
            ["level"] = q.Level?.ToName(),
            ["cluster"] = question.Cluster,
            ["answer_quality"] = q.AnswerQuality.ToName(),
        };
    }

    /// <summary>The full shape plus what <c>viva show</c> adds: code, tags, key points and duplicates.</summary>
    public static Dictionary<string, object?> Detailed(BankQuestion question, IEnumerable<BankQuestion> duplicates, IEnumerable<AnswerConflict>? conflicts = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var json = (Dictionary<string, object?>)Full(question);
        json["code"] = question.Question.Code.Select(c => new { language = c.Language, code = c.Code });
        json["tags"] = question.Question.Curated?.Tags ?? [];
        json["key_points"] = question.Question.Curated?.KeyPoints ?? [];
        json["kind"] = (question.Question.Curated?.Kind ?? QuestionKind.Open).ToString().ToLowerInvariant();
        json["duplicates"] = duplicates.Select(d => new { id = d.Id, source = d.Question.Source, line = d.Question.Line, question = d.Question.Text });
        json["references"] = References(question.Question).Select(r => new { text = r.Text, url = r.Url });
        json["conflicts"] = (conflicts ?? []).Select(c => new { id = c.Id, source = c.Source, line = c.Line, reference = c.ReferenceId, reasons = c.Reasons });
        return json;
    }

    /// <summary>The links a stub answer points to, shown under it in place of an answer; none for a full answer.</summary>
    public static IReadOnlyList<(string Text, string Url)> References(ExtractedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.AnswerQuality == AnswerQuality.Stub ? AnswerClassifier.References(question.Answer) : [];
    }
}
