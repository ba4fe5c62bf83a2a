using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Reads the order a key point puts two steps in ("WHERE filters rows before grouping", "retrieve candidates cheaply,
/// then rerank a few", "builds a graph first and runs it later") and finds an answer that puts them the other way round
/// ("first scores a small set with the cross-encoder and afterwards widens it with a cheap search"). Every word of the
/// point may be there; only the order words tell.
/// </summary>
/// <remarks>
/// Each word gets a place, earlier or later: "first", "at first" or "initially" make their clause the earlier step,
/// "then", "afterwards", "later", "finally" or "after that" the later one; a clause without an order word takes
/// its place from the clause before it in the sentence. Inside a clause, "before" makes the words ahead of it earlier and
/// those after it later, and "after" the reverse. "first" and "later" said of a thing ("the first token", "later
/// layers") order nothing.
/// </remarks>
internal static partial class OrderSwap
{
    // Matched at least this well (the word, its stem, a synonym), a word's place is compared.
    private const float Strong = 0.8f;

    private const int Earlier = 0;
    private const int Later = 1;

    private static readonly string[] EarlierWords = ["first", "initially", "firstly"];
    private static readonly string[] LaterWords = ["then", "afterwards", "afterward", "later", "finally", "subsequently", "thereafter"];

    // Words after which "first" or "later" qualifies a thing instead of ordering steps ("the first token", "to later layers").
    private static readonly string[] Qualifying = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "each", "every", "to", "of", "in", "on", "for", "from", "between", "with", "by"];

    private static readonly string[] ClauseWords = ["and", "but", "while", "whilst", "whereas", "so", "because", "which", "though", "although", "whereby", "yet", "since"];

    /// <summary>
    /// The two steps the answer puts in the other order (a word of the point's earlier step and one of its later step,
    /// as the point writes them), or null. The answer must put a word of each step in the other's place and more of the
    /// point's ordered weight there than in the right places; a point that orders only one step ("descriptive analysis
    /// comes first") is turned round when the answer puts that step later than something else.
    /// </summary>
    public static (string Earlier, string Later)? Turned(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count < 2)
        {
            return null;
        }

        var unitPlaces = Places(unit.Tokens, unit.Plain);
        if (unitPlaces.All(p => p is null))
        {
            return null;
        }

        var answerPlaces = Places(answer.Tokens, answer.Text);
        if (!answerPlaces.Any(p => p == Earlier) || !answerPlaces.Any(p => p == Later))
        {
            return null;
        }

        var keysByPlace = new Dictionary<int, HashSet<string>>
        {
            [Earlier] = Keys(unit.Tokens, unitPlaces, Earlier),
            [Later] = Keys(unit.Tokens, unitPlaces, Later),
        };
        double agree = 0, turned = 0;
        GradingToken? turnedEarly = null, turnedLate = null;
        foreach (var word in unit.Words)
        {
            var i = RoleSwap.IndexOf(unit.Tokens, word.Token);
            if (unitPlaces[i] is not { } place || keysByPlace[1 - place].Contains(word.Token.Key))
            {
                // A word of both steps ("filters" in "filters rows before filtering groups") tells neither way.
                continue;
            }

            bool same = false, other = false;
            foreach (var match in answer.Matches(word.Token))
            {
                if (match.Opposite || match.Similarity < Strong || answer.Tokens[match.Position].Negated || answerPlaces[match.Position] is not { } said)
                {
                    continue;
                }

                same |= said == place;
                other |= said != place;
            }

            if (same && !other)
            {
                agree += word.Weight;
            }
            else if (other && !same)
            {
                turned += word.Weight;
                if (place == Earlier)
                {
                    turnedEarly ??= word.Token;
                }
                else
                {
                    turnedLate ??= word.Token;
                }
            }
        }

        // A point that names both steps is turned round only when the answer moves a word of each.
        var bothSteps = keysByPlace[Earlier].Count > 0 && keysByPlace[Later].Count > 0;
        if (turned <= agree || turnedEarly is null || (bothSteps && turnedLate is null))
        {
            return null;
        }

        var early = turnedEarly.Value.SurfaceIn(unit.Plain);
        var late = turnedLate is { } l ? l.SurfaceIn(unit.Plain) : answer.Tokens[Array.FindIndex(answerPlaces, p => p == Earlier)].SurfaceIn(answer.Text);
        return (early, late);
    }

    /// <summary>For each token, its place (<see cref="Earlier"/> or <see cref="Later"/>), or null where nothing orders it.</summary>
    internal static int?[] Places(IReadOnlyList<GradingToken> tokens, string text)
    {
        var places = new int?[tokens.Count];
        var start = 0;
        var sentenceStart = 0;
        int? carried = null;
        for (var i = 1; i <= tokens.Count; i++)
        {
            var sentenceEnds = i == tokens.Count || tokens[i].Sentence != tokens[i - 1].Sentence;
            if (!sentenceEnds && !Cuts(text, tokens[i - 1].End, tokens[i].Start))
            {
                continue;
            }

            var own = Clause(tokens, text, start, i, places);
            if (own == Later && carried is null)
            {
                // "Retrieve cheaply, then rerank": what comes before "then" is the earlier step.
                for (var j = sentenceStart; j < start; j++)
                {
                    places[j] ??= Earlier;
                }
            }

            carried = own ?? carried;
            for (var j = start; j < i; j++)
            {
                places[j] ??= carried;
            }

            if (sentenceEnds)
            {
                (carried, sentenceStart) = (null, i);
            }

            start = i;
        }

        return places;
    }

    // Places the words of the clause [start, end) that "before" or "after" order, and returns the clause's own place.
    private static int? Clause(IReadOnlyList<GradingToken> tokens, string text, int start, int end, int?[] places)
    {
        var from = start > 0 ? tokens[start - 1].End : 0;
        var to = tokens[end - 1].End;
        if (from >= to || to > text.Length)
        {
            return null;
        }

        var words = WordPattern().Matches(text[from..to]).Select(m => (Word: m.Value.ToLowerInvariant(), At: from + m.Index, After: from + m.Index + m.Length)).ToList();
        int? place = null;
        for (var w = 0; w < words.Count; w++)
        {
            var (word, at, after) = words[w];
            var qualifies = w > 0 && Array.IndexOf(Qualifying, words[w - 1].Word) >= 0;
            var next = w + 1 < words.Count ? words[w + 1].Word : null;
            var order = word switch
            {
                "before" or "precede" or "precedes" or "preceding" or "prior" => Earlier,
                "followed" when next == "by" => Earlier,
                "after" or "follows" or "once" => Later,
                _ => (int?)null,
            };
            if (order is { } ahead && next != "that")
            {
                // "A before B" ("A precedes B", "A, followed by B"): the words ahead are the earlier step, the rest the later
                // one; "A after B" ("A follows B", "do A once B is done") the reverse.
                var split = start;
                while (split < end && tokens[split].Start < at)
                {
                    split++;
                }

                if (split > start && split < end)
                {
                    for (var j = start; j < end; j++)
                    {
                        places[j] = (j < split) == (ahead == Earlier) ? Earlier : Later;
                    }

                    return null;
                }

                if (split == start && word == "followed")
                {
                    // ", followed by B" opens the later step, as "then" does.
                    place = Later;
                }

                continue;
            }

            if (word == "after" && next == "that")
            {
                place = Later;
            }
            else if (Array.IndexOf(EarlierWords, word) >= 0 && !qualifies && (after >= text.Length || text[after] != '-'))
            {
                place = Earlier;
            }
            else if (Array.IndexOf(LaterWords, word) >= 0 && !qualifies)
            {
                place = Later;
            }
        }

        return place;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static HashSet<string> Keys(IReadOnlyList<GradingToken> tokens, int?[] places, int place) =>
        tokens.Where((_, i) => places[i] == place).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    private static bool Cuts(string text, int from, int to)
    {
        if (from >= to || to > text.Length)
        {
            return false;
        }

        var gap = text[from..to];
        return gap.IndexOfAny([',', ';', ':', '(', ')', '—', '–']) >= 0 || RoleSwap.Words(gap).Any(w => Array.IndexOf(ClauseWords, w) >= 0);
    }
}
