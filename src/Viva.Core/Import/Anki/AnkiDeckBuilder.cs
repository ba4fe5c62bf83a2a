using System.Net;
using System.Text;
using Viva.Core.Questions;
using Viva.Core.Text;

namespace Viva.Core.Import.Anki;

/// <summary>Turns bank questions into the notes of an Anki deck.</summary>
public static class AnkiDeckBuilder
{
    // The characters Anki itself draws note GUIDs from.
    private const string GuidAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    /// <summary>One note per question, in the order given.</summary>
    public static IReadOnlyList<AnkiExportNote> Build(IEnumerable<BankQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return [.. questions.Select(Note)];
    }

    /// <summary>The note GUID for question <paramref name="questionId"/>: the same on every export.</summary>
    public static string GuidFor(string questionId)
    {
        var value = StableHash.Of("viva:" + questionId);
        var text = new StringBuilder();
        do
        {
            text.Insert(0, GuidAlphabet[(int)(value % (ulong)GuidAlphabet.Length)]);
            value /= (ulong)GuidAlphabet.Length;
        }
        while (value > 0);
        return text.ToString();
    }

    private static AnkiExportNote Note(BankQuestion question)
    {
        var q = question.Question;
        var keyPoints = q.Curated?.KeyPoints ?? [];
        return new AnkiExportNote(
            GuidFor(question.Id),
            WebUtility.HtmlEncode(q.Text).Replace("\n", "<br>", StringComparison.Ordinal),
            q.Answer is null ? string.Empty : AnkiHtmlRenderer.ToHtml(q.Answer),
            keyPoints.Count == 0 ? string.Empty : "<ul>" + string.Concat(keyPoints.Select(p => $"<li>{WebUtility.HtmlEncode(p)}</li>")) + "</ul>",
            AnkiTags.From(q.Topic, q.Level));
    }
}
