using System.Text.RegularExpressions;

namespace Viva.Core.Import;

/// <summary>Which columns of a table hold the question, the answer and the level; -1 when absent.</summary>
internal sealed partial record TableColumns(int Question, int Answer, int Level)
{
    public static readonly TableColumns None = new(-1, -1, -1);

    /// <summary>
    /// Reads the header names; a table without a "Question" column still counts when most cells
    /// of its first column read as questions, with the second column as the answer.
    /// </summary>
    public static TableColumns Find(IReadOnlyList<string>? header, IReadOnlyList<List<string>> body)
    {
        if (body.Count == 0)
        {
            return None;
        }

        if (header is not null)
        {
            var question = IndexOf(header, QuestionHeader());
            if (question >= 0)
            {
                return new TableColumns(question, IndexOf(header, AnswerHeader()), IndexOf(header, LevelHeader()));
            }
        }

        var questionLike = body.Count(row => row.Count > 0 && QuestionText.IsQuestionLike(QuestionText.StripNumbering(row[0])));
        if (questionLike * 2 <= body.Count)
        {
            return None;
        }

        var width = body.Max(row => row.Count);
        return new TableColumns(0, width > 1 ? 1 : -1, header is null ? -1 : IndexOf(header, LevelHeader()));
    }

    private static int IndexOf(IReadOnlyList<string> header, Regex pattern)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (pattern.IsMatch(header[i].Trim()))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(q|questions?|prompt|interview questions?)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionHeader();

    [GeneratedRegex(@"^(a|answers?|solutions?|explanation|response)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerHeader();

    [GeneratedRegex(@"^(level|difficulty)$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelHeader();
}
