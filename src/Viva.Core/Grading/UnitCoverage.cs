using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Finds the passage of the answer that best covers one unit: the window of answer words that says the
/// largest weighted share of the unit's words. A matched word counts only when the answer agrees with it:
/// one it negates where the unit does not (or the reverse), or replaces by its opposite, is a
/// contradiction; one it says of another subject ("L2 gives sparse weights" for "L1 gives sparse
/// weights") is a swap. How much coverage disappears when such words stop counting measures both.
/// </summary>
internal static partial class UnitCoverage
{
    /// <summary>The narrowest passage searched, in content words.</summary>
    public const int MinWindow = 12;

    /// <summary>Coverage lost to contradictions and swaps at or above this stops a unit from counting as covered.</summary>
    public const double ContradictionLimit = 0.15;

    // Below this a word is not matched well enough to count in the span.
    private const float Matched = 0.5f;

    // Matched at least this well (the same word, its stem or a synonym: "doesn't lower bias" against "reduces bias"), a
    // difference in negation is a contradiction.
    private const float SamePolarityMatch = TokenSimilarity.Synonym;

    // Matched at least this well, a word's subject is compared.
    private const float Strong = 0.8f;

    // The share of the unit the answer's window must say before a clashing rate or quantifier there is read against it.
    private const double ClashCoverage = 0.15;

    // A growth rate is read against the point's at a smaller share: a point that is little more than its rate ("binary
    // search takes O(log n) time", the search named by the question) shares few words with an answer giving another.
    private const double GrowthClashCoverage = 0.08;

    // How many words either side of an opposite are read for the words it speaks of.
    private const int OppositeReach = 2;

    public static UnitMatch Match(TargetUnit unit, AnswerIndex answer, double threshold, SubjectMap subjects)
    {
        var words = unit.Words;
        var total = words.Sum(w => w.Weight);
        var events = new List<Event>();
        var unitKeys = words.Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal);
        var answerCounts = answer.Tokens.CountBy(t => t.Key).ToDictionary(StringComparer.Ordinal);
        var unitCounts = unit.Tokens.CountBy(t => t.Key).ToDictionary(StringComparer.Ordinal);
        var bothSides = SidesNamedTogether(unit.Tokens);
        var denyingClauses = UnitWord.NegatingClauses(answer.Tokens);

        // A clause that negates a word the unit negates by a negator denies the unit's claim as a whole: "the order of the
        // tokens is left unchanged" for "never changes the ranking of the tokens". A word the unit negates by its own prefix
        // ("unstable") names a quality, not a denied claim.
        var negatedInUnit = words.Where(w => w.Polarity == Polarity.Negated && w.Token.SurfaceIn(unit.Plain).StartsWith(w.Token.Word, StringComparison.OrdinalIgnoreCase))
            .Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal);
        denyingClauses.UnionWith(answer.Tokens.Where(t => t.Negated && negatedInUnit.Contains(t.Key)).Select(t => t.Clause));
        for (var j = 0; j < words.Count; j++)
        {
            foreach (var match in answer.Matches(words[j].Token))
            {
                // A unit that names both sides ("vanishing or exploding", "from high to low noise") is not contradicted by an
                // answer naming one, in any form ("lowering the noise").
                // Nor is it by a negated opposite: "irreducible" is no claim against "raises".
                // Unless the unit says the two apart, of different things, and the answer says that opposite more often than the
                // unit does: "lowering α lowers β" against "lowering α increases β" has a "lowers" to spare.
                var opposite = answer.Tokens[match.Position].Key;
                if (match.Opposite && ((unitKeys.Contains(opposite) && (bothSides.Contains(opposite) || answerCounts[opposite] <= unitCounts.GetValueOrDefault(opposite)))
                    || bothSides.Any(k => SameFamily(k, opposite))
                    || answer.Tokens[match.Position].Negated != (words[j].Polarity == Polarity.Negated)
                    || NamesScale(answer, match.Position) || ImpactLessened(unit, words[j], answer, match.Position)
                    || !SpeaksOfSameWords(unit.Tokens, words[j].Token.Key, answer.Tokens, match.Position)
                    || CountsOtherThings(unit.Tokens, words[j].Token.Key, answer.Tokens, match.Position)))
                {
                    continue;
                }

                var raw = match.Opposite ? TokenSimilarity.Synonym : match.Similarity;
                var agrees = !match.Opposite && (Agrees(words[j].Polarity, answer.Tokens[match.Position].Negated) || BothNegate(unit, words[j], answer.Tokens[match.Position])
                    || DeniedByMeaning(words[j], answer.Tokens[match.Position], denyingClauses)
                    || OppositeDenied(unit, words[j], answer.Tokens, match.Position)
                    || NegatedInCondition(words[j], answer, match.Position) || HeldBackUntilStep(unit, words[j], answer, match.Position)
                    || NecessaryWithout(unit, words[j], answer, match.Position) || DeniedByHand(unit, words[j], answer, match.Position)
                    || KeptFixed(unit, words[j], answer, match.Position) || NoneByTwo(unit, words[j], answer, match.Position)
                    || SaidAsOtherwise(unit, words[j], answer, match.Position) || ExclusionStated(unit, words[j], answer, match.Position)
                    || SingleDenied(unit, words[j], answer, match.Position) || EnsuredAbsent(unit, words[j], answer, match.Position)
                    || LessenedRarely(unit, words[j], answer, match.Position) || DeniedOfOtherObject(unit, words[j], answer, match.Position)
                    || DeniedVerbAgreed(unit, words[j], answer, match.Position));
                if (!match.Opposite && !agrees && match.Similarity < SamePolarityMatch)
                {
                    // A negation is only read against the same word or a synonym: "irreducible" says nothing against "lower".
                    continue;
                }

                if (!agrees && OfOtherThings(answer, match.Position))
                {
                    // "doesn't carry over to other perturbation types" denies nothing of the point's own perturbations.
                    continue;
                }

                if (!agrees && SaidOfAnother(unit, answer, match.Position))
                {
                    // "An XOR filter can't take new keys, whereas you can keep adding to a Bloom filter" denies it of the XOR filter.
                    continue;
                }

                var answerAnchor = subjects.AnswerAnchor(match.Position);
                var swapped = raw >= Strong && IsSwapped(words[j], answerAnchor, subjects.AnswerBinds(match.Position)) && !subjects.UnitsSay(answerAnchor, words[j].Token.Key)
                    && !SubjectMap.IsKind(words[j].Token.Key) && !IsPossessive(unit, words[j])
                    && !SaidOfBoth(unit, words[j], answer, match.Position, answerAnchor, subjects.Subjects) && !SaidAgainByPronoun(unit, words[j], answerAnchor, subjects.Subjects);
                if (swapped && !agrees && !match.Opposite)
                {
                    // A word denied of the other subject is neither a swap nor a denial of this one: "L2 never sets a weight
                    // exactly to zero" is what a point saying L1 does leads one to expect.
                    continue;
                }

                if (match.Opposite && swapped && answerAnchor is not null && words[j].ClauseKeys.Contains(answerAnchor)
                    && !subjects.Subjects.Contains(words[j].Token.Key) && !subjects.Subjects.Contains(answer.Tokens[match.Position].Key))
                {
                    // A comparison turned round with the opposite word agrees: "lemmatization is slower than stemming" says
                    // "stemming is faster than lemmatization".
                    events.Add(new Event(match.Position, j, raw, true, false));
                    continue;
                }

                if (match.Opposite && swapped)
                {
                    // The opposite word said of the other subject is the other half of the same contrast, as a denial is above:
                    // "WHERE throws out rows before they're grouped" agrees with a point that HAVING filters after grouping.
                    continue;
                }
                events.Add(new Event(match.Position, j, raw, agrees, swapped) { Reverses = !agrees && (match.Opposite || IsClaimWord(words[j], subjects.Subjects)) });
            }
        }

        if (total <= 0f || events.Count == 0)
        {
            return new UnitMatch(unit.Text, 0, 0, 0, false, 0, 0);
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        var width = Math.Max(MinWindow, 2 * unit.Tokens.Count);
        var best = new float[words.Count];
        // A window stays inside one sentence (a semicolon does not end one): in a paragraph, words of a point scattered over
        // sentences about other things add up to a point never made, while a denial may run on over a semicolon ("does not
        // produce sparse models; it never sets weights to zero").
        var sentences = answer.FullSentences;
        var (rawCoverage, rawStart) = BestWindow(events, words, total, width, best, sentences, static e => e.Similarity);
        var (agreeing, _) = BestWindow(events, words, total, width, best, sentences, static e => e.Swapped ? 0f : e.Similarity);
        var (coverage, start) = BestWindow(events, words, total, width, best, sentences, static e => e.Swapped || !e.Agrees ? 0f : e.Similarity);
        var swap = Math.Max(0, rawCoverage - agreeing);
        var contradiction = Math.Max(0, agreeing - coverage);
        if (contradiction + swap < ContradictionLimit && ReversesClaim(unit, events, rawStart, width))
        {
            // The word that carries the claim's direction outweighs its share of the unit: "adding trees makes it overfit"
            // denies "more trees do not cause overfitting" however light "overfit" is beside "trees".
            contradiction = ContradictionLimit;
        }

        // Read whether or not a word was reversed: an opposite word read as agreeing above leaves nothing reversed, and the
        // role reading below must still not call the restatement a swap.
        var restated = ClaimDirection.Restated(unit, answer);
        if (restated && contradiction + swap > 0)
        {
            // The comparison turned round with its comparative reversed says the same thing: "the confidence interval is
            // narrower than the prediction interval" for "prediction intervals are wider than confidence intervals".
            (coverage, start, contradiction, swap) = (rawCoverage, rawStart, 0, 0);
        }

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
        var (disorder, rolesSwapped) = restated ? (0, null) : Disorder(unit, events, rawStart, width, subjects.Subjects, answer);
        result = result with { Disorder = disorder, SwappedWords = rolesSwapped, Covered = result.Covered && disorder < 1 };
        if (disorder < 1 && !restated && RoleSwap.Detect(unit, answer, subjects) is { } roles)
        {
            result = result with { Disorder = 1, SwappedWords = (roles.Own, roles.Rival), Covered = false };
        }

        if (!result.RolesSwapped && (ClaimDirection.TurnedRound(unit, answer) ?? OrderSwap.Turned(unit, answer) ?? ClauseExchange.Find(unit, answer) ?? TermExchange.Find(unit, answer) ?? PreferenceSwap.Find(unit, answer)
            ?? QuotientSwap.Find(unit, answer) ?? ConversionSwap.Find(unit, answer) ?? OutcomeSwap.Find(unit, answer, subjects)) is { } turned)
        {
            result = result with { Disorder = 1, SwappedWords = turned, Covered = false };
        }

        if (contradiction + swap < ContradictionLimit && !result.RolesSwapped && ClaimDirection.Reversed(unit, answer, subjects.Subjects) is { } reversed)
        {
            // A direction said of the other thing ("high training error, low validation error") reverses the claim.
            return result with { Contradiction = ContradictionLimit, Covered = false, Conflict = reversed };
        }

        if (contradiction + swap < ContradictionLimit && !result.RolesSwapped && (DeniedChange.Find(unit, answer) ?? DeniedDependence.Find(unit, answer) ?? AffirmedPrevention.Find(unit, answer) ?? DismissedWarning.Find(unit, answer)
                ?? PrefixedSubject.Find(unit, answer, subjects.PrefixedOpeners) ?? PreferenceSwap.KeptBoth(unit, answer) ?? SplitDenial.Find(unit, answer) ?? PreferenceSwap.ChoseOther(unit, answer) ?? PreventedClaim.Find(unit, answer)
                ?? BrokenExclusion.Find(unit, answer) ?? NarrowedList.Find(unit, answer) ?? SharedForAll.Find(unit, answer)) is { } denied)
        {
            // A change said not to happen ("leaves perplexity unchanged" for "makes perplexity blow up"), a claim said
            // to hold whatever the point's thing is ("one fixed strategy whatever the selectivity"), what the point
            // says is prevented said to happen ("makes units co-adapt" for "stops units from co-adapting"), or the harm
            // it warns of waved away ("shuffled k-fold is fine for time series" for "leaks future information"), or the claim made
            // of the thing its subject's prefix sets apart ("direct injection" for "indirect injection").
            return result with { Contradiction = ContradictionLimit, Covered = false, Conflict = denied };
        }

        if (contradiction + swap < ContradictionLimit && !result.RolesSwapped && !restated && rawCoverage >= GrowthClashCoverage
            && MeaningClash.Find(unit, answer, SentencesOf(events, rawStart, width, answer), subjects.Subjects, growthOnly: rawCoverage < ClashCoverage) is { } clash)
        {
            // A rate or quantifier that clashes with the point's ("scales linearly" for "O(n³)", "every list" for "only the lists").
            return result with { Contradiction = ContradictionLimit, Covered = false, Conflict = clash };
        }

        return contradiction + swap > 0 ? result with { Conflict = Conflict(unit, events, rawStart, width, answer, subjects) } : result;
    }

    /// <summary>
    /// Whether the answer's window says two of the unit's words in each other's places around a third that stays
    /// between them (A…R…B said as B…R…A) inside one clause of the unit, among words said once in the unit and matched once
    /// in the window: 1 when A or B is a subject of the question and neither stands next to R in the unit ("containers
    /// give stronger isolation than VMs" for "VMs give stronger isolation than containers"), 0.5 for any other
    /// exchange, 0 when nothing trades places. Faithful paraphrases reorder words too, mostly neighbours ("SGD with a
    /// decaying learning rate converges" said as "SGD converges if the learning rate decays"), seldom two things set
    /// apart by the relation between them.
    /// </summary>
    private static (double Disorder, (string First, string Second)? Swapped) Disorder(TargetUnit unit, List<Event> events, int start, int width, HashSet<string> subjects, AnswerIndex answer)
    {
        var words = unit.Words;
        var place = new int[words.Count];
        var end = events[start].Position + width;
        Array.Fill(place, -1);
        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            var found = events[e];
            if (found.Agrees && found.Similarity >= Strong)
            {
                // A word matched at two places has no one place to compare.
                place[found.Word] = place[found.Word] == -1 || place[found.Word] == found.Position ? found.Position : -2;
            }
        }

        var placed = new List<(int InUnit, int InAnswer, float Weight, bool Subject)>();
        for (var j = 0; j < words.Count; j++)
        {
            var key = words[j].Token.Key;
            var inUnit = -1;
            var count = 0;
            for (var t = 0; t < unit.Tokens.Count; t++)
            {
                if (unit.Tokens[t].Key == key)
                {
                    inUnit = count++ == 0 ? t : inUnit;
                }
            }

            if (place[j] >= 0 && count == 1)
            {
                placed.Add((inUnit, place[j], words[j].Weight, subjects.Contains(key)));
            }
        }

        if (placed.Count < 3)
        {
            return (0, null);
        }

        // Two words trading places around a third that stays between them: A…R…B said as B…R…A, inside one clause of the
        // unit. Across its clauses the order tells nothing ("for ReLU pick He; for tanh, Xavier" says "Xavier suits tanh;
        // He suits ReLU"): which words share a clause does (ClauseExchange).
        var clauses = ClauseExchange.Clauses(unit.Tokens, unit.Plain);
        placed.Sort((x, y) => x.InUnit.CompareTo(y.InUnit));
        var crossed = 0.0;
        (string, string)? swapped = null;
        var swappedBoth = false;
        for (var a = 0; a < placed.Count; a++)
        {
            for (var r = a + 1; r < placed.Count; r++)
            {
                for (var b = r + 1; b < placed.Count; b++)
                {
                    if (placed[b].InAnswer < placed[r].InAnswer && placed[r].InAnswer < placed[a].InAnswer
                        && clauses[placed[a].InUnit] == clauses[placed[b].InUnit] && !Passive(answer, placed[b].InAnswer, placed[a].InAnswer))
                    {
                        // Words side by side in the unit ("decaying learning rate") often turn round in a paraphrase ("the learning rate decays").
                        var apart = placed[r].InUnit - placed[a].InUnit > 1 && placed[b].InUnit - placed[r].InUnit > 1;
                        var roles = apart && (placed[a].Subject || placed[b].Subject);
                        // Name the pair where both words are subjects when there is one ("Parquet" and "CSV", not "columnar").
                        var both = placed[a].Subject && placed[b].Subject;
                        if (roles && (swapped is null || (both && !swappedBoth)))
                        {
                            swapped = (unit.Tokens[placed[a].InUnit].SurfaceIn(unit.Plain), unit.Tokens[placed[b].InUnit].SurfaceIn(unit.Plain));
                            swappedBoth = both;
                        }

                        crossed = Math.Max(crossed, roles ? 1 : 0.5);
                    }
                }
            }
        }

        return (crossed, swapped);
    }

    // "Individual predictions are explained by local methods" says "local methods explain individual predictions": the
    // passive's agent comes last without trading any places. A sign read either way round does too: "a big gap means high
    // variance" says "high variance shows as a big gap".
    private static bool Passive(AnswerIndex answer, int from, int to)
    {
        var start = answer.Tokens[from].End;
        var end = answer.Tokens[to].Start;
        if (start >= end || end > answer.Text.Length)
        {
            return false;
        }

        // The sign must join the two in one sentence: "a gap means high bias; underfitting means high variance" trades them.
        var words = RoleSwap.Words(answer.Text[start..end]).ToList();
        return words.Contains("by") || (answer.Tokens[from].Sentence == answer.Tokens[to].Sentence && words.Any(w => w is "means" or "mean" or "indicates" or "indicate" or "signals"));
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
            return new UnitConflict(ConflictKind.Negated, word.Token.SurfaceIn(unit.Plain), token.Start, token.Length, null, null);
        }

        var anchor = subjects.AnswerAnchor(found.Position);
        // The subject the word was said of: right after it, or the last one before it.
        var answerSubject = found.Position + 1 < answer.Tokens.Count && answer.Tokens[found.Position + 1].Key == anchor
            ? answer.Tokens[found.Position + 1]
            : answer.Tokens.Take(found.Position).LastOrDefault(t => t.Key == anchor);
        var unitSubject = unit.Tokens.FirstOrDefault(t => t.Key == word.Anchor);
        return new UnitConflict(
            ConflictKind.Swapped,
            word.Token.SurfaceIn(unit.Plain),
            token.Start,
            token.Length,
            unitSubject.Key is null ? word.Anchor : unitSubject.SurfaceIn(unit.Plain),
            answerSubject.Key is null ? anchor : answerSubject.SurfaceIn(answer.Text));
    }

    /// <summary>The answer's sentences that hold the window's matched words.</summary>
    private static HashSet<int> SentencesOf(List<Event> events, int start, int width, AnswerIndex answer)
    {
        var sentences = new HashSet<int>();
        var end = events[start].Position + width;
        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            sentences.Add(answer.Tokens[events[e].Position].Sentence);
        }

        return sentences;
    }

    /// <summary>
    /// True when the answer word stands in a sentence that sets two things against each other ("whereas", "but",
    /// "unlike"…), in a part of it that names a thing of its own before the word and not the unit's head (its first word),
    /// while another part names the head: "aleatoric noise can't be reduced, whereas epistemic uncertainty goes down with
    /// more data" denies the reduction of the aleatoric noise, not of the epistemic uncertainty. A part without a thing of
    /// its own ("…, but they can't") may still speak of the head.
    /// </summary>
    private static bool SaidOfAnother(TargetUnit unit, AnswerIndex answer, int position)
    {
        var tokens = answer.Tokens;
        if (unit.Tokens.Count == 0 || answer.Text.Length == 0)
        {
            return false;
        }

        var head = unit.Tokens[0].Key;
        var sentence = tokens[position].Sentence;
        int first = position, last = position;
        while (first > 0 && tokens[first - 1].Sentence == sentence)
        {
            first--;
        }

        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == sentence)
        {
            last++;
        }

        // The parts of the sentence: a comma, a semicolon or a contrasting word between two words parts them.
        var opens = first == 0 ? 0 : Math.Min(tokens[first - 1].End, tokens[first].Start);
        // "Where supervised learning needs labels, unsupervised…" sets its opening clause against the rest, as "whereas" does.
        var contrasted = HasContrastWord(answer.Text, opens, tokens[first].Start) || OpensWithWhere(answer.Text, opens, tokens[first].Start);
        var part = new int[last - first + 1];
        for (var t = first + 1; t <= last; t++)
        {
            var gap = answer.Text.AsSpan(tokens[t - 1].End, Math.Max(0, tokens[t].Start - tokens[t - 1].End));
            var contrast = HasContrastWord(answer.Text, tokens[t - 1].End, tokens[t].Start);
            contrasted |= contrast;
            part[t - first] = part[t - 1 - first] + (contrast || gap.IndexOfAny(PartBreaks) >= 0 ? 1 : 0);
        }

        var own = part[position - first];
        if (!contrasted)
        {
            return false;
        }

        var headHere = false;
        var headElsewhere = false;
        var thingOfItsOwn = false;
        var unitKeys = unit.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        for (var t = first; t <= last; t++)
        {
            var samePart = part[t - first] == own;
            headHere |= samePart && tokens[t].Key == head;
            headElsewhere |= !samePart && tokens[t].Key == head;
            thingOfItsOwn |= samePart && t < position && !tokens[t].Negated && !unitKeys.Contains(tokens[t].Key);
        }

        return headElsewhere && !headHere && thingOfItsOwn;
    }

    private static readonly char[] PartBreaks = [',', ';', ':'];

    private static readonly string[] ContrastWords = ["whereas", "while", "but", "unlike", "although", "though", "however"];

    private static bool HasContrastWord(string text, int from, int to)
    {
        if (to <= from || from < 0 || to > text.Length)
        {
            return false;
        }

        foreach (var word in text[from..to].Split([' ', ',', ';', ':', '(', ')', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ContrastWords.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithWhere(string text, int from, int to) =>
        to > from && from >= 0 && to <= text.Length && text[from..to].Trim(' ', '\n', '.', ';', '(', '"').Equals("where", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for two forms of one word ("low", "lower"; "high", "higher"; "large", "largest").</summary>
    private static bool SameFamily(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 3 && Math.Abs(a.Length - b.Length) <= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>The unit's words that stand right beside one of their opposites ("vanishing or exploding", "insert or delete").</summary>
    private static HashSet<string> SidesNamedTogether(IReadOnlyList<GradingToken> tokens)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t < tokens.Count; t++)
        {
            if (SynonymLexicon.AreOpposite(tokens[t - 1].Key, tokens[t].Key))
            {
                keys.Add(tokens[t - 1].Key);
                keys.Add(tokens[t].Key);
            }
        }

        return keys;
    }

    /// <summary>
    /// True when the answer's window reverses a word that carries the unit's claim (see <see cref="IsClaimWord"/>) and
    /// does not also say that word the unit's way.
    /// </summary>
    private static bool ReversesClaim(TargetUnit unit, List<Event> events, int start, int width)
    {
        // A word the answer also says the unit's way anywhere ("scores each parameter value … doesn't integrate to one over
        // the parameters") is not reversed outright.
        var end = events[start].Position + width;
        var clean = new float[unit.Words.Count];
        foreach (var e in events)
        {
            clean[e.Word] = Math.Max(clean[e.Word], e.Clean);
        }

        for (var e = start; e < events.Count && events[e].Position < end; e++)
        {
            if (events[e] is { Reverses: true, Swapped: false } reversed && clean[reversed.Word] < Matched)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a word that says which way the unit's claim goes: one a negator word of the unit governs ("does not cause
    /// overfitting"; a prefix as in "non-aggregated" names a kind of thing instead), or one with an opposite ("reduces",
    /// "faster", "more"). Reversing it reverses the claim. A subject of the question is what the claim is about, not
    /// which way it goes: "not plain BFS" is no claim that an answer naming BFS denies.
    /// </summary>
    private static bool IsClaimWord(UnitWord word, HashSet<string> subjects) =>
        (word.Polarity == Polarity.Negated && (word.Token.InNegatedSentence || UnchangedByPrefix.Contains(word.Token.Key)) && !subjects.Contains(word.Token.Key))
        || (word.Polarity == Polarity.Affirmed && SynonymLexicon.Opposites(word.Token.Key).Count > 0);

    // Change words a prefix negates into a claim that nothing changes, not a kind of thing: "leaves softmax unchanged",
    // "unaffected by outliers". An answer that says the change ("changes the softmax output") reverses the claim.
    private static readonly HashSet<string> UnchangedByPrefix = new(
        new[] { "changed", "affected", "altered", "modified", "touched" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    private static float Weight(TargetUnit unit, Event e) => unit.Words[e.Word].Weight * e.Similarity;

    /// <summary>
    /// The window (starting at an event) with the highest weighted coverage under <paramref name="value"/>, ending where
    /// its sentence (<paramref name="sentences"/>, <see cref="AnswerIndex.FullSentences"/>) ends.
    /// </summary>
    private static (double Coverage, int Start) BestWindow(List<Event> events, IReadOnlyList<UnitWord> words, float total, int width, float[] best, int[] sentences, Func<Event, float> value)
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
            var sentence = sentences[events[s].Position];
            for (var e = s; e < events.Count && events[e].Position < end && sentences[events[e].Position] == sentence; e++)
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

    /// <summary>
    /// True for a unit word written as a possessive ("each window's maximum"): it names whose thing the claim is about, a
    /// thing every subject may have ("the mean of the window"), not what the claim says of its subject.
    /// </summary>
    private static bool IsPossessive(TargetUnit unit, UnitWord word)
    {
        var surface = word.Token.SurfaceIn(unit.Plain);
        return surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("’s", StringComparison.Ordinal)
            || (word.Token.End + 1 < unit.Plain.Length && unit.Plain[word.Token.End] is '\'' or '’' && unit.Plain[word.Token.End + 1] == 's');
    }

    /// <summary>
    /// True when the unit's and the answer's subjects of the word are two subjects joined by "and" or "or" on one side:
    /// "precision and recall are weak" says "weak" of precision as well as of recall.
    /// </summary>
    private static bool SaidOfBoth(TargetUnit unit, UnitWord word, AnswerIndex answer, int position, string? answerAnchor, HashSet<string> subjects)
    {
        if (word.Anchor is not { Length: > 0 } anchor || answerAnchor is null)
        {
            return false;
        }

        var inUnit = unit.Tokens.ToList().FindIndex(t => t.Key == word.Token.Key);
        return Coordinated(answer.Tokens, answer.Text, AnchorIndex(answer.Tokens, position, answerAnchor), subjects).Contains(anchor)
            || (inUnit >= 0 && Coordinated(unit.Tokens, unit.Plain, AnchorIndex(unit.Tokens, inUnit, anchor), subjects).Contains(answerAnchor));
    }

    /// <summary>
    /// True when a later clause of the unit says the word again of <paramref name="other"/> through "them" or "they": "MSE
    /// weights errors quadratically; MAE weights them linearly" says "errors" of MAE too. The pronoun stands for the last
    /// plural word of the clauses before it that does not follow its subject at once ("weights" in "MSE weights" is a verb).
    /// </summary>
    private static bool SaidAgainByPronoun(TargetUnit unit, UnitWord word, string? other, HashSet<string> subjects)
    {
        if (other is null)
        {
            return false;
        }

        var tokens = unit.Tokens;
        for (var t = 1; t < tokens.Count; t++)
        {
            if (tokens[t].Key != other)
            {
                continue;
            }

            var end = tokens.Skip(t + 1).FirstOrDefault(n => n.Clause != tokens[t].Clause) is { Key: not null } next ? next.Start : unit.Plain.Length;
            if (!unit.Plain[tokens[t].End..end].Split([' ', ',', ';', '.'], StringSplitOptions.RemoveEmptyEntries).Any(w => w is "them" or "they"))
            {
                continue;
            }

            for (var a = t - 1; a >= 0; a--)
            {
                var surface = tokens[a].SurfaceIn(unit.Plain);
                if (tokens[a].Clause != tokens[t].Clause && surface.EndsWith('s') && !surface.EndsWith("'s", StringComparison.Ordinal)
                    && !subjects.Contains(tokens[a].Key) && (a == 0 || !subjects.Contains(tokens[a - 1].Key) || tokens[a - 1].Clause != tokens[a].Clause))
                {
                    if (tokens[a].Key == word.Token.Key)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    // The place of the subject a word is said of: right after it, else the last before it in its sentence (SubjectMap.Anchors).
    private static int AnchorIndex(IReadOnlyList<GradingToken> tokens, int position, string anchor)
    {
        if (position + 1 < tokens.Count && tokens[position + 1].Key == anchor)
        {
            return position + 1;
        }

        for (var t = position - 1; t >= 0 && tokens[t].Sentence == tokens[position].Sentence; t--)
        {
            if (tokens[t].Key == anchor)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The subjects joined to the subject at <paramref name="index"/> by "and" or "or" ("precision and recall").</summary>
    private static HashSet<string> Coordinated(IReadOnlyList<GradingToken> tokens, string text, int index, HashSet<string> subjects)
    {
        var joined = new HashSet<string>(StringComparer.Ordinal);
        if (index < 0)
        {
            return joined;
        }

        for (var step = -1; step <= 1; step += 2)
        {
            for (var t = index; t + step >= 0 && t + step < tokens.Count; t += step)
            {
                var (left, right) = step < 0 ? (tokens[t + step], tokens[t]) : (tokens[t], tokens[t + step]);
                // Not across a comma: "unlike a random forest, gradient boosting…" sets the two apart.
                if (!subjects.Contains(tokens[t + step].Key) || left.Sentence != right.Sentence || right.Start < left.End || left.Foil || right.Foil
                    || text[left.End..right.Start].Trim() is not ("and" or "or" or "&" or "/"))
                {
                    break;
                }

                joined.Add(tokens[t + step].Key);
            }
        }

        return joined;
    }

    /// <summary>True when the answer says the word of a subject the unit's clause does not mention.</summary>
    /// <remarks>
    /// When the unit's clause names both subjects the word's subject is usually unclear, so only a word bound to its
    /// subject on both sides ("lowers bias" against "lower variance") counts as swapped there.
    /// </remarks>
    private static bool IsSwapped(UnitWord word, string? answerAnchor, bool answerBinds) =>
        word.Anchor is { Length: > 0 } anchor && answerAnchor is not null && answerAnchor != anchor
        && (!word.ClauseKeys.Contains(answerAnchor) || (word.Binds && answerBinds));

    /// <summary>
    /// True when the unit's sentence and the answer word's own clause both hold a negation, wherever it stands: "it does
    /// not speed up decoding" and "decoding isn't any faster" negate the same claim, though only the first puts the
    /// negator before "decoding". A word read as negated in one and not in the other is then no contradiction. The
    /// answer's negation must stand in the word's clause: in "both give false negatives, so a miss doesn't guarantee
    /// absence" it says nothing of the false negatives.
    /// </summary>
    /// <remarks>
    /// A change word negated by its prefix negates the unit's sentence as a negator does: "leaves softmax unchanged" and
    /// "doesn't change the softmax output" deny the same change.
    /// </remarks>
    private static bool BothNegate(TargetUnit unit, UnitWord word, in GradingToken answer) =>
        (word.Token.InNegatedSentence || SaysUnchanged(unit, word.Token.Sentence)) && answer.InNegatedClause;

    /// <summary>True when the unit's sentence negates a change word by its prefix ("unchanged", "unaffected").</summary>
    private static bool SaysUnchanged(TargetUnit unit, int sentence) =>
        unit.Words.Any(w => w.Polarity == Polarity.Negated && w.Token.Sentence == sentence && UnchangedByPrefix.Contains(w.Token.Key));

    /// <summary>
    /// True when the unit negates the word and the answer says it, unnegated, in a clause that denies it by the meaning
    /// of another word: "avoid chained indexing" for "never chained indexing" (but not "if you fail to reject H₀, that
    /// proves it" for "does not prove it").
    /// </summary>
    private static bool DeniedByMeaning(UnitWord word, in GradingToken answer, HashSet<int> denyingClauses) =>
        word.Polarity == Polarity.Negated && !answer.Negated && !UnitWord.MakesNegatingClause(answer.Key) && denyingClauses.Contains(answer.Clause);

    /// <summary>
    /// True when the unit affirms the word and the answer's negation of it is spent on a verb the answer negates in the
    /// same clause, the opposite of one the unit affirms: "you can't drop the others from memory" says "all experts are
    /// held in memory", "it never forgets the early tokens" says it remembers them.
    /// </summary>
    private static bool OppositeDenied(TargetUnit unit, UnitWord word, IReadOnlyList<GradingToken> answer, int position)
    {
        if (word.Polarity != Polarity.Affirmed || !answer[position].Negated)
        {
            return false;
        }

        for (var a = 0; a < answer.Count; a++)
        {
            if (a != position && answer[a].Negated && answer[a].Clause == answer[position].Clause
                && unit.Tokens.Any(u => !u.Negated && u.Key != word.Token.Key && SynonymLexicon.AreOpposite(u.Key, answer[a].Key)))
            {
                return true;
            }
        }

        return false;
    }

    // A word after "how" names a scale and says neither end of it: "β controls how far the policy may drift" claims no
    // distance against "held near the reference", nor "how fast it learns" a speed.
    private static bool NamesScale(AnswerIndex answer, int position) =>
        HowBefore().IsMatch(answer.Text.AsSpan(0, answer.Tokens[position].Start));

    [GeneratedRegex(@"\bhow\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HowBefore();

    /// <summary>
    /// True when an opposite the answer says stands beside a word that also stands beside the unit's word (within
    /// <see cref="OppositeReach"/> words, in the answer's clause and the unit's sentence): "HAVING filters groups before aggregation" reverses
    /// "after aggregation", but "fewer parameters" is no claim against "more accurate", nor "the hard ones" against
    /// "down-weights easy examples" in another clause.
    /// </summary>
    private static bool SpeaksOfSameWords(IReadOnlyList<GradingToken> unit, string key, IReadOnlyList<GradingToken> answer, int position)
    {
        for (var u = 0; u < unit.Count; u++)
        {
            if (unit[u].Key != key)
            {
                continue;
            }

            for (var a = Math.Max(0, position - OppositeReach); a <= Math.Min(answer.Count - 1, position + OppositeReach); a++)
            {
                if (a == position || answer[a].Clause != answer[position].Clause)
                {
                    continue;
                }

                for (var v = Math.Max(0, u - OppositeReach); v <= Math.Min(unit.Count - 1, u + OppositeReach); v++)
                {
                    if (v != u && unit[v].Sentence == unit[u].Sentence && SameWord(unit[v].Key, answer[a].Key))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> Amounts = new(new[] { "few", "many", "more", "less", "fewer", "several", "multiple" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    /// <summary>
    /// True when opposite amounts count different things, each the word right after it: "a few megabytes of adapter" says
    /// nothing against "many tasks share one model".
    /// </summary>
    private static bool CountsOtherThings(IReadOnlyList<GradingToken> unit, string key, IReadOnlyList<GradingToken> answer, int position)
    {
        if (!Amounts.Contains(key) || !Amounts.Contains(answer[position].Key) || position + 1 >= answer.Count || answer[position + 1].Clause != answer[position].Clause)
        {
            return false;
        }

        var counted = answer[position + 1].Key;
        var countsSomething = false;
        for (var u = 0; u + 1 < unit.Count; u++)
        {
            if (unit[u].Key == key && unit[u + 1].Clause == unit[u].Clause)
            {
                countsSomething = true;
                if (SameWord(unit[u + 1].Key, counted))
                {
                    return false;
                }
            }
        }

        return countsSomething;
    }

    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (SynonymLexicon.Group(a) is var g and >= 0 && g == SynonymLexicon.Group(b));

    private static bool Agrees(Polarity polarity, bool negated) => polarity switch
    {
        Polarity.Affirmed => !negated,
        Polarity.Negated => negated,
        _ => true,
    };

    /// <summary>One place the answer matches a unit word: how well, whether it agrees in polarity, whether its subject is swapped.</summary>
    private readonly record struct Event(int Position, int Word, float Similarity, bool Agrees, bool Swapped)
    {
        /// <summary>True when the answer reverses a word that carries the unit's claim, by negating it or by its opposite.</summary>
        public bool Reverses { get; init; }

        public float Clean => Swapped || !Agrees ? 0f : Similarity;
    }
}
