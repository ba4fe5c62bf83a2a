namespace Viva.Core.Grading;

/// <summary>
/// Finds the passage of the answer that best covers one unit: the window of answer words that says the
/// largest weighted share of the unit's words. A matched word counts only when the answer agrees with it:
/// one it negates where the unit does not (or the reverse), or replaces by its opposite, is a
/// contradiction; one it says of another subject ("L2 gives sparse weights" for "L1 gives sparse
/// weights") is a swap. How much coverage disappears when such words stop counting measures both.
/// </summary>
internal static class UnitCoverage
{
    /// <summary>The narrowest passage searched, in content words.</summary>
    public const int MinWindow = 12;

    /// <summary>Coverage lost to contradictions and swaps at or above this stops a unit from counting as covered.</summary>
    public const double ContradictionLimit = 0.15;

    // Below this a word is not matched well enough to count in the span.
    private const float Matched = 0.5f;

    // Matched at least this well (the same word or its stem), a difference in negation is a contradiction.
    private const float SamePolarityMatch = 0.95f;

    // Matched at least this well, a word's subject is compared.
    private const float Strong = 0.8f;

    public static UnitMatch Match(TargetUnit unit, AnswerIndex answer, double threshold, SubjectMap subjects)
    {
        var words = unit.Words;
        var total = words.Sum(w => w.Weight);
        var events = new List<Event>();
        var unitKeys = words.Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < words.Count; j++)
        {
            foreach (var match in answer.Matches(words[j].Token))
            {
                // A unit that names both sides ("vanishing or exploding") is not contradicted by an answer naming one.
                // Nor is it by a negated opposite: "irreducible" is no claim against "raises".
                if (match.Opposite && (unitKeys.Contains(answer.Tokens[match.Position].Key) || answer.Tokens[match.Position].Negated != (words[j].Polarity == Polarity.Negated)))
                {
                    continue;
                }

                var raw = match.Opposite ? TokenSimilarity.Synonym : match.Similarity;
                var agrees = !match.Opposite && Agrees(words[j].Polarity, answer.Tokens[match.Position].Negated);
                if (!match.Opposite && !agrees && match.Similarity < SamePolarityMatch)
                {
                    // A negation is only read against the same word: "irreducible" says nothing against "lower".
                    continue;
                }

                var answerAnchor = subjects.AnswerAnchor(match.Position);
                var swapped = raw >= Strong && IsSwapped(words[j], answerAnchor, subjects.AnswerBinds(match.Position)) && !subjects.UnitsSay(answerAnchor, words[j].Token.Key);
                events.Add(new Event(match.Position, j, raw, agrees, swapped));
            }
        }

        if (total <= 0f || events.Count == 0)
        {
            return new UnitMatch(unit.Text, 0, 0, 0, false, 0, 0);
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        var width = Math.Max(MinWindow, 2 * unit.Tokens.Count);
        var best = new float[words.Count];
        var (rawCoverage, rawStart) = BestWindow(events, words, total, width, best, static e => e.Similarity);
        var (agreeing, _) = BestWindow(events, words, total, width, best, static e => e.Swapped ? 0f : e.Similarity);
        var (coverage, start) = BestWindow(events, words, total, width, best, static e => e.Swapped || !e.Agrees ? 0f : e.Similarity);
        var swap = Math.Max(0, rawCoverage - agreeing);
        var contradiction = Math.Max(0, agreeing - coverage);

        // The span: the answer words that match each unit word best within the chosen window.
        Array.Clear(best);
        var chosen = new int[words.Count];
        var end = events[start].Position + width;
        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            var value = events[e].Clean;
            if (value > best[events[e].Word])
            {
                best[events[e].Word] = value;
                chosen[events[e].Word] = events[e].Position;
            }
        }

        int first = int.MaxValue, last = -1;
        for (var j = 0; j < words.Count; j++)
        {
            if (best[j] >= Matched)
            {
                var token = answer.Tokens[chosen[j]];
                first = Math.Min(first, token.Start);
                last = Math.Max(last, token.End);
            }
        }

        var covered = last >= 0 && coverage >= threshold && contradiction + swap < ContradictionLimit;
        var result = last < 0
            ? new UnitMatch(unit.Text, coverage, contradiction, swap, false, 0, 0)
            : new UnitMatch(unit.Text, coverage, contradiction, swap, covered, first, last - first);
        return contradiction + swap > 0 ? result with { Conflict = Conflict(unit, events, rawStart, width, answer, subjects) } : result;
    }

    /// <summary>The heaviest contradicting word in the window that says most of the unit.</summary>
    private static UnitConflict? Conflict(TargetUnit unit, List<Event> events, int start, int width, AnswerIndex answer, SubjectMap subjects)
    {
        Event? worst = null;
        var end = events[start].Position + width;
        var clean = new float[unit.Words.Count];
        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            clean[events[e].Word] = Math.Max(clean[events[e].Word], events[e].Clean);
        }

        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            // Only a word the answer does not also say cleanly nearby has lost anything to the conflict.
            // A swap names both subjects, so it is the clearer thing to say; among equals the heavier word wins.
            var candidate = events[e];
            if ((candidate.Swapped || !candidate.Agrees) && clean[candidate.Word] < candidate.Similarity
                && (worst is not { } w || (candidate.Swapped && !w.Swapped)
                    || (candidate.Swapped == w.Swapped && Weight(unit, candidate) > Weight(unit, w))))
            {
                worst = candidate;
            }
        }

        if (worst is not { } found)
        {
            return null;
        }

        var word = unit.Words[found.Word];
        var token = answer.Tokens[found.Position];
        if (!found.Swapped)
        {
            return new UnitConflict(ConflictKind.Negated, Surface(unit.Plain, word.Token), token.Start, token.Length, null, null);
        }

        var anchor = subjects.AnswerAnchor(found.Position);
        // The subject the word was said of: right after it, or the last one before it.
        var answerSubject = found.Position + 1 < answer.Tokens.Count && answer.Tokens[found.Position + 1].Key == anchor
            ? answer.Tokens[found.Position + 1]
            : answer.Tokens.Take(found.Position).LastOrDefault(t => t.Key == anchor);
        var unitSubject = unit.Tokens.FirstOrDefault(t => t.Key == word.Anchor);
        return new UnitConflict(
            ConflictKind.Swapped,
            Surface(unit.Plain, word.Token),
            token.Start,
            token.Length,
            unitSubject.Key is null ? word.Anchor : Surface(unit.Plain, unitSubject),
            answerSubject.Key is null ? anchor : Surface(answer.Text, answerSubject));
    }

    private static float Weight(TargetUnit unit, Event e) => unit.Words[e.Word].Weight * e.Similarity;

    private static string Surface(string text, GradingToken token) =>
        token.Start >= 0 && token.End <= text.Length ? text.Substring(token.Start, token.Length) : token.Word;

    /// <summary>The window (starting at an event) with the highest weighted coverage under <paramref name="value"/>.</summary>
    private static (double Coverage, int Start) BestWindow(List<Event> events, IReadOnlyList<UnitWord> words, float total, int width, float[] best, Func<Event, float> value)
    {
        var bestCoverage = 0.0;
        var bestStart = 0;
        for (var s = 0; s < events.Count; s++)
        {
            if (s > 0 && events[s].Position == events[s - 1].Position)
            {
                continue;
            }

            Array.Clear(best);
            var end = events[s].Position + width;
            for (var e = s; e < events.Count && events[e].Position < end; e++)
            {
                best[events[e].Word] = Math.Max(best[events[e].Word], value(events[e]));
            }

            var coverage = 0.0;
            for (var j = 0; j < words.Count; j++)
            {
                coverage += words[j].Weight * best[j];
            }

            coverage /= total;
            if (coverage > bestCoverage + 1e-9)
            {
                bestCoverage = coverage;
                bestStart = s;
            }
        }

        return (bestCoverage, bestStart);
    }

    /// <summary>True when the answer says the word of a subject the unit's clause does not mention.</summary>
    /// <remarks>
    /// When the unit's clause names both subjects the word's subject is usually unclear, so only a word bound to its
    /// subject on both sides ("lowers bias" against "lower variance") counts as swapped there.
    /// </remarks>
    private static bool IsSwapped(UnitWord word, string? answerAnchor, bool answerBinds) =>
        word.Anchor is { Length: > 0 } anchor && answerAnchor is not null && answerAnchor != anchor
        && (!word.ClauseKeys.Contains(answerAnchor) || (word.Binds && answerBinds));

    private static bool Agrees(Polarity polarity, bool negated) => polarity switch
    {
        Polarity.Affirmed => !negated,
        Polarity.Negated => negated,
        _ => true,
    };

    /// <summary>One place the answer matches a unit word: how well, whether it agrees in polarity, whether its subject is swapped.</summary>
    private readonly record struct Event(int Position, int Word, float Similarity, bool Agrees, bool Swapped)
    {
        public float Clean => Swapped || !Agrees ? 0f : Similarity;
    }
}
