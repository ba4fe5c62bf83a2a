using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that narrows a key point's list to one of its items: "Keras 3 runs only on TensorFlow" for "Keras 3
/// is multi-backend: TensorFlow, JAX or PyTorch". The item is named, so the words read as part of the point; only the
/// "only" and the missing others tell.
/// </summary>
/// <remarks>
/// A list is three or more words of the point joined by commas, the last by "or" or "and", each a single word. The answer
/// narrows it when the first or second content word after its "only" (or "just", "solely", "exclusively"; not "not
/// only") is an item of the list, or "only" or "alone" closes the clause right after the item ("on Postgres only"), and
/// it names no other item anywhere.
/// </remarks>
internal static partial class NarrowedList
{
    // Items a list must have: two single words ("statistic or business") are often the ends of longer items ("gap
    // statistic or business needs").
    private const int MinItems = 3;

    // Matched at least this well (the word, its stem, a synonym), an item counts as named.
    private const float Strong = 0.8f;

    /// <summary>Another item of the point's list, as a conflict at the answer's "only", or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        foreach (var list in Lists(unit))
        {
            var named = list.Select(i => answer.Matches(unit.Tokens[i]).Where(m => !m.Opposite && m.Similarity >= Strong && !answer.Tokens[m.Position].Negated)
                .Select(m => m.Position).ToHashSet()).ToList();
            var items = named.Count(n => n.Count > 0);
            if (items != 1)
            {
                continue;
            }

            var sole = named.Single(n => n.Count > 0);
            var other = list[named.FindIndex(n => n.Count == 0)];
            foreach (var p in sole)
            {
                // "runs on Postgres only": "only" right after the item, ending its clause.
                var end = answer.Tokens[p].End;
                if (end <= answer.Text.Length && OnlyAfter().Match(answer.Text, end) is { Success: true } after)
                {
                    return new UnitConflict(ConflictKind.Negated, unit.Tokens[other].SurfaceIn(unit.Plain), after.Groups["only"].Index, after.Groups["only"].Length, null, null);
                }
            }

            foreach (Match only in OnlyWord().Matches(answer.Text))
            {
                // The item is the first or second content word after "only" ("only on TensorFlow", "only runs on TensorFlow").
                var next = Enumerable.Range(0, answer.Tokens.Count).FirstOrDefault(p => answer.Tokens[p].Start >= only.Index + only.Length, -1);
                var item = next < 0 ? -1 : sole.Contains(next) ? next : sole.Contains(next + 1) ? next + 1 : -1;
                if (item >= 0 && answer.Tokens[item].Start <= answer.Text.Length
                    && !Punctuation().IsMatch(answer.Text[(only.Index + only.Length)..answer.Tokens[item].Start]))
                {
                    return new UnitConflict(ConflictKind.Negated, unit.Tokens[other].SurfaceIn(unit.Plain), only.Index, only.Length, null, null);
                }
            }
        }

        return null;
    }

    // The point's lists: runs of single words, each joined to the next by a comma, "or" or "and", the last
    // by "or" or "and" ("TensorFlow, JAX or PyTorch"; not "distances, useful for …").
    private static IEnumerable<List<int>> Lists(TargetUnit unit)
    {
        var tokens = unit.Tokens;
        var run = new List<int>();
        var closed = false;
        for (var t = 0; t <= tokens.Count; t++)
        {
            var gap = t > 0 && t < tokens.Count && tokens[t - 1].End <= tokens[t].Start && tokens[t].Start <= unit.Plain.Length
                ? unit.Plain[tokens[t - 1].End..tokens[t].Start] : null;
            if (gap is not null && ListJoint().IsMatch(gap) && !closed)
            {
                run.Add(t);
                closed = Conjunction().IsMatch(gap);
                continue;
            }

            if (run.Count >= MinItems && closed)
            {
                yield return run;
            }

            (run, closed) = ([t], false);
        }
    }

    [GeneratedRegex(@"(?<!\bnot\s)\b(?:only|just|solely|exclusively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWord();

    [GeneratedRegex(@"^\s*(?:,\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"\b(?:or|and)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\G\s+(?<only>only|alone|exclusively)\s*(?:[,;:.!?)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAfter();

    [GeneratedRegex(@"[,;:.]")]
    private static partial Regex Punctuation();
}
