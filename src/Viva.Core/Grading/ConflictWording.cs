namespace Viva.Core.Grading;

/// <summary>Says in one sentence how an answer contradicts a key point, quoting both.</summary>
public static class ConflictWording
{
    private const int MaxPoint = 90;

    /// <summary>The sentence for a contradicted unit: from the words' evidence when there is some, else from the contrasting variant.</summary>
    public static string Describe(UnitJudgement unit, string answer)
    {
        ArgumentNullException.ThrowIfNull(unit);
        // Evidence of the words or of the meaning names the contradicting word; a role swap alone names the two subjects.
        if (!unit.ContradictedByWords && !unit.ContradictedByMeaning && unit.Lexical.SwappedWords is { } roles)
        {
            var said = Shorten(PlainText.FromMarkdown(unit.Lexical.Text).ReplaceLineEndings(" ").Trim());
            return $"You swapped the roles of “{roles.First}” and “{roles.Second}”; the key point says: “{said}”";
        }

        if (unit.ContradictedByWords || unit.Opposite is not { } opposite)
        {
            return Describe(unit.Lexical.Conflict!, unit.Lexical.Text, answer);
        }

        var point = Shorten(PlainText.FromMarkdown(unit.Lexical.Text).ReplaceLineEndings(" ").Trim());
        return opposite.Kind == ConflictKind.Swapped
            ? $"You swapped “{opposite.PointWord}” and “{opposite.AnswerWord}”; the key point says: “{point}”"
            : $"You said “{opposite.AnswerWord}” where the key point says “{opposite.PointWord}”: “{point}”";
    }

    /// <summary>The sentence for <paramref name="conflict"/> of <paramref name="keyPoint"/> in <paramref name="answer"/>.</summary>
    public static string Describe(UnitConflict conflict, string keyPoint, string answer)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(keyPoint);
        ArgumentNullException.ThrowIfNull(answer);
        var said = conflict.Start >= 0 && conflict.Start + conflict.Length <= answer.Length
            ? answer.Substring(conflict.Start, conflict.Length)
            : conflict.Word;
        var point = Shorten(PlainText.FromMarkdown(keyPoint).ReplaceLineEndings(" ").Trim());
        if (conflict.Term is { } term)
        {
            return $"You said “{said}” of “{term}”, where the key point says “{conflict.Word}”: “{point}”";
        }

        return conflict.Kind == ConflictKind.Swapped && conflict.Subject is not null && conflict.AnswerSubject is not null
            ? $"You attributed “{said}” to {conflict.AnswerSubject}, but the key point says it of {conflict.Subject}: “{point}”"
            : $"You said the opposite of “{conflict.Word}” (“{NegatedPhrase(answer, conflict)}”), which the key point states: “{point}”";
    }

    // The negator and the word it governs, as the answer wrote them ("does not give sparse").
    private static string NegatedPhrase(string answer, UnitConflict conflict)
    {
        if (conflict.Start < 0 || conflict.Start + conflict.Length > answer.Length)
        {
            return conflict.Word;
        }

        var from = conflict.Start;
        var words = 0;
        while (from > 0 && words < 3 && answer[from - 1] is not ('.' or ';' or ',' or '\n'))
        {
            from--;
            if (from > 0 && answer[from] != ' ' && answer[from - 1] == ' ')
            {
                words++;
            }
        }

        return answer[from..(conflict.Start + conflict.Length)].Trim();
    }

    private static string Shorten(string text) => text.Length <= MaxPoint ? text : text[..(MaxPoint - 1)].TrimEnd() + "…";
}
