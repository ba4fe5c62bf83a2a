using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Two readings of which way a key point's claim goes that matching words one by one cannot see, since a reversed
/// answer says every word of the point:
/// <list type="bullet">
/// <item>a direction given to the other thing: "low training error with higher validation error" said as "high
/// training error with a low validation error", "small k gives high variance" as "small k gives high bias";</item>
/// <item>a comparison turned round: "iterative pruning keeps accuracy better than one-shot pruning" said as "one-shot
/// pruning keeps accuracy better than iterative pruning", "kernel SVMs scale poorly, unlike trees" as "unlike kernel
/// SVMs, trees scale poorly".</item>
/// </list>
/// </summary>
internal static partial class ClaimDirection
{
    // Matched at least this well (the word, its stem, a synonym), a word's place is compared.
    private const float Strong = 0.8f;

    // The most words of a clause joined by "and" to the one before as more things its direction is said of ("and latency").
    private const int MaxJoined = 2;

    // The most words of a side named in feedback.
    private const int MaxNamed = 4;

    // Sizes and heights: a quantity given one of each way round is given the opposite way.
    private static readonly HashSet<string> Up = Stems("high", "higher", "highest", "large", "larger", "largest", "big", "bigger", "biggest", "greater");
    private static readonly HashSet<string> Down = Stems("low", "lowest", "small", "smaller", "smallest", "little", "tiny");

    // A rise or a change for the better, and a fall or a harm: "improves accuracy" against "lowers accuracy", "raises
    // recall" against "hurts recall".
    private static readonly HashSet<string> Better = Stems("improve", "help", "increase", "raise", "boost");
    private static readonly HashSet<string> Fall = Stems("lower", "reduce", "decrease", "drop", "cut", "hurt", "harm", "worsen", "degrade");

    // Moves that make a quantity smaller or larger, whatever it is.
    private static readonly HashSet<string> Lowering = Stems("lower", "reduce", "decrease", "shrink", "cut");
    private static readonly HashSet<string> Raising = Stems("raise", "increase", "grow", "enlarge");

    // Things that are better lower, whose improvement is a fall.
    private static readonly HashSet<string> LowerIsBetter = Stems(
        "loss", "error", "errors", "latency", "cost", "costs", "variance", "bias", "overfitting", "overfit", "noise", "perplexity", "time", "memory", "risk", "regret", "mse", "rmse", "gap",
        "leakage", "drift", "instability", "complexity", "overhead", "penalty", "collisions", "misses", "false");

    // Words that start a new clause, for binding a direction to the words it is said of.
    private static readonly string[] ClauseWords = ["and", "but", "while", "whilst", "whereas", "so", "because", "which", "though", "although", "whereby", "yet", "then"];

    // Words that start a new part of a sentence, for reading the two sides of a comparison ("and" may join two
    // comparatives of one side: "smaller and more cache-friendly than lists").
    private static readonly string[] SideWords = ["but", "while", "whilst", "whereas", "so", "because", "which", "though", "although", "whereby", "yet"];

    /// <summary>
    /// The answer's clearest word that gives one of the unit's words the opposite direction (as a conflict naming that
    /// word as <see cref="UnitConflict.Term"/>), or null. A word of the unit is bound to the direction words of its
    /// clause ("high", "rising", "more"), or to the nearest one when the clause sets two opposites against each other;
    /// the answer reverses it when every clause that says the word reverses one of its directions and keeps another (or
    /// reverses the only one). An answer that reverses all of them says the same thing the other way round ("a larger
    /// k lowers the variance"); a clause that names another subject of the question is about that subject.
    /// </summary>
    public static UnitConflict? Reversed(TargetUnit unit, AnswerIndex answer, HashSet<string> subjects)
    {
        var tokens = unit.Tokens;
        if (tokens.Count < 2 || answer.Tokens.Count < 2 || Restated(unit, answer))
        {
            return null;
        }

        var unitClauses = Joined(tokens, unit.Plain, Clauses(tokens, unit.Plain, ClauseWords));
        var answerClauses = Joined(answer.Tokens, answer.Text, Clauses(answer.Tokens, answer.Text, ClauseWords));
        var counts = tokens.CountBy(t => t.Key).ToDictionary(StringComparer.Ordinal);
        // The thing after "than" is ranked by the comparison, not given its direction: in "ViTs are more shape-biased and
        // less texture-biased than CNNs", "less" says nothing of the CNNs. Turned comparisons are TurnedRound's.
        var unitFoils = FoilPositions(tokens, unit.Plain);
        var answerFoils = FoilPositions(answer.Tokens, answer.Text);
        foreach (var word in unit.Words)
        {
            var i = RoleSwap.IndexOf(tokens, word.Token);
            if (i < 0 || IsDirection(word.Token) || counts[word.Token.Key] != 1 || !Affirmed(word, tokens, i) || unitFoils.Contains(i))
            {
                continue;
            }

            var bound = Bind(tokens, unit.Plain, unitClauses, i);
            if (bound.Count == 0)
            {
                continue;
            }

            var unitSubjects = tokens.Select(t => t.Key).Where(subjects.Contains).ToHashSet(StringComparer.Ordinal);
            var agreed = false;
            (int At, int Direction)? against = null;
            foreach (var match in answer.Matches(word.Token))
            {
                var p = match.Position;
                if (match.Opposite || match.Similarity < Strong || answer.Tokens[p].Negated || answerFoils.Contains(p)
                    || (unitSubjects.Count > 0 && Keys(answer.Tokens, answerClauses, p).Any(k => subjects.Contains(k) && !unitSubjects.Contains(k))))
                {
                    continue;
                }

                var said = Bind(answer.Tokens, answer.Text, answerClauses, p);
                var goods = !Keys(tokens, unitClauses, i).Concat(Keys(answer.Tokens, answerClauses, p)).Any(LowerIsBetter.Contains);
                int same = 0, reversed = 0, at = -1, direction = -1;
                foreach (var d in bound)
                {
                    var key = tokens[d].Key;
                    if (said.Any(s => Same(key, answer.Tokens[s].Key)))
                    {
                        same++;
                    }
                    // The word the point opens with names its thing, not a direction: "DISTINCT removes only rows identical…".
                    else if (said.FirstOrDefault(s => answer.Tokens[s].Key != tokens[0].Key && (SynonymLexicon.AreOpposite(key, answer.Tokens[s].Key)
                        || ((CrossScale(key, answer.Tokens[s].Key) || SizeAgainstMove(key, answer.Tokens[s].Key) || GoesAgainst(key, answer, s) || (goods && BetterAgainstFall(key, answer.Tokens[s].Key)))
                            && !bound.Any(b => Same(tokens[b].Key, answer.Tokens[s].Key)))), -1) is >= 0 and var s)
                    {
                        reversed++;
                        (at, direction) = (s, d);
                    }
                }

                if (reversed > 0 && (same > 0 || bound.Count == 1))
                {
                    against ??= (at, direction);
                }
                else if (same > 0 || reversed > 0)
                {
                    agreed = true;
                }
            }

            if (!agreed && against is { } found)
            {
                var said = answer.Tokens[found.At];
                return new UnitConflict(ConflictKind.Negated, tokens[found.Direction].SurfaceIn(unit.Plain), said.Start, said.Length, null, null)
                {
                    Term = word.Token.SurfaceIn(unit.Plain),
                };
            }
        }

        return null;
    }

    /// <summary>
    /// The two sides of a comparison the answer turns round (the unit's own side and its foil, as the unit writes
    /// them), or null. The unit sets one thing against another with "than" or "unlike"; the answer says the foil's words
    /// on the compared side and none on the foil side, with the unit's comparative kept ("one-shot pruning keeps accuracy
    /// better than iterative pruning") or, for "unlike", the unit's own thing named as the foil ("unlike kernel SVMs,
    /// trees scale poorly"). An answer that reverses the comparative too ("lists are bigger and less cache-friendly than
    /// arrays") says the same thing the other way round.
    /// </summary>
    public static (string Own, string Foil)? TurnedRound(TargetUnit unit, AnswerIndex answer)
    {
        if (answer.Tokens.Count < 2 || unit.Tokens.Count < 2)
        {
            return null;
        }

        var sides = FindSides(unit.Tokens, unit.Plain) ?? new Sides("none", [], []);

        var tokens = unit.Tokens;
        if (sides.Kind == "none")
        {
            return Inverted(unit, answer);
        }

        var foilKeys = sides.Foil.Select(i => tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var ownKeys = sides.Own.Select(i => tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var directions = sides.Own.Concat(sides.Foil).Where(i => Ranks(tokens[i]) && !tokens[i].Negated).Select(i => tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var directionOf = DirectionsByMeasure(tokens, [.. sides.Own, .. sides.Foil]);
        var foilWords = sides.Foil.Where(i => !ownKeys.Contains(tokens[i].Key) && !Ranks(tokens[i])).Select(i => tokens[i]).ToList();
        var ownWords = sides.Own.Where(i => !foilKeys.Contains(tokens[i].Key) && !Ranks(tokens[i])).Select(i => tokens[i]).ToList();
        // What the compared side is compared in, after its first direction word ("more cache-friendly"): a turned answer keeps it.
        var firstDirection = sides.Own.FirstOrDefault(i => Ranks(tokens[i]), -1);
        var measure = firstDirection < 0 ? [] : ownWords.Where(t => t.Start > tokens[firstDirection].Start).ToList();
        if (foilWords.Count == 0 || ownWords.Count == 0)
        {
            return null;
        }

        var answerSides = AllSides(answer.Tokens, answer.Text);
        foreach (var side in answerSides)
        {
            if (side.Kind != sides.Kind)
            {
                continue;
            }

            var own = side.Own.ToHashSet();
            var foil = side.Foil.ToHashSet();
            var part = own.Concat(foil).Select(i => answer.Tokens[i]).ToList();
            var answerDirections = DirectionsByMeasure(answer.Tokens, [.. own.Concat(foil).Order()]);
            if (part.Any(t => t.Negated) || answerDirections.Any(a => OpposesUnit(a.Measure, a.Rank, directions, directionOf)))
            {
                // A negation or an opposite comparative turns the comparison round again.
                continue;
            }

            bool Says(IEnumerable<GradingToken> words, HashSet<int> where) => words.Any(w => answer.SaysAt(w, where, Strong));

            // A word moves when the answer says it on the other side only. Words both sides share ("on tabular data" after
            // the foil) stay where they are either way, so the foil's words must all move, or the own side's come over.
            var foilMoved = foilWords.Where(w => Says([w], own) && !Says([w], foil)).ToList();
            var foilStays = foilWords.Any(w => Says([w], foil) && !Says([w], own));
            var ownMoved = ownWords.Any(w => Says([w], foil) && !Says([w], own));
            var compared = sides.Kind == "than"
                ? part.Any(t => directions.Any(d => SameRank(d, t.Key))) && (measure.Count == 0 || Says(measure, [.. own, .. foil]))
                : Says(ownWords, foil);
            if (foilMoved.Count > 0 && (!foilStays || ownMoved) && compared)
            {
                // Each side is named by its words the answer moved ("the mean", not "right-skewed data the mean"); a point
                // that opens with a pronoun ("It usually needs more data than classical ML") names its own side only
                // through the thing the answer now sets as the foil.
                var moved = ownWords.Where(w => Says([w], foil)).ToList();
                var ownName = moved.Count > 0 ? Moved(unit.Plain, tokens, moved)
                    : OpensWithPronoun(unit.Plain, tokens, sides.Own) ? Named(answer.Text, answer.Tokens, side.Foil) : Named(unit.Plain, tokens, sides.Own);
                return (ownName, Moved(unit.Plain, tokens, foilMoved));
            }
        }

        return null;
    }

    /// <summary>
    /// For a unit that ranks one thing without naming the other ("sparse data suits linear models better"): the answer
    /// sets the unit's thing as the foil of the same comparative ("trees work better than linear models").
    /// </summary>
    private static (string Own, string Foil)? Inverted(TargetUnit unit, AnswerIndex answer)
    {
        var tokens = unit.Tokens;
        var directions = tokens.Where(t => Ranks(t) && !t.Negated).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        if (directions.Count == 0 || tokens.Any(t => t.Negated))
        {
            return null;
        }

        var words = tokens.Where(t => !Ranks(t)).ToList();
        foreach (var side in AllSides(answer.Tokens, answer.Text).Where(s => s.Kind == "than"))
        {
            var part = side.Own.Concat(side.Foil).Select(i => answer.Tokens[i]).ToList();
            if (part.Any(t => t.Negated || (Ranks(t) && directions.Any(d => OppositeRank(d, t.Key))))
                || !side.Own.Any(i => directions.Any(d => SameRank(d, answer.Tokens[i].Key))))
            {
                continue;
            }

            var own = side.Own.ToHashSet();
            var foil = side.Foil.ToHashSet();
            var onFoil = words.Where(w => answer.SaysAt(w, foil, Strong)).ToList();
            var onOwn = words.Any(w => answer.SaysAt(w, own, Strong));
            if (onFoil.Count > 0 && !onOwn)
            {
                var thing = side.Own.FirstOrDefault(i => !IsDirection(answer.Tokens[i]), side.Own[0]);
                return (onFoil[0].SurfaceIn(unit.Plain), answer.Tokens[thing].SurfaceIn(answer.Text));
            }
        }

        return null;
    }

    /// <summary>
    /// True when the answer turns the unit's comparison round and reverses its comparative as well, which says the same
    /// thing: "the confidence interval is narrower than the prediction interval" for "prediction intervals are wider than
    /// confidence intervals".
    /// </summary>
    public static bool Restated(TargetUnit unit, AnswerIndex answer)
    {
        if (FindSides(unit.Tokens, unit.Plain) is not { Kind: "than" } sides)
        {
            return false;
        }

        var tokens = unit.Tokens;
        var ownKeys = sides.Own.Select(i => tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var foilKeys = sides.Foil.Select(i => tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var directions = sides.Own.Where(i => Ranks(tokens[i]) && !tokens[i].Negated).Select(i => tokens[i].Key).ToList();
        var foilWords = sides.Foil.Where(i => !ownKeys.Contains(tokens[i].Key) && !Ranks(tokens[i])).Select(i => tokens[i]).ToList();
        var ownWords = sides.Own.Where(i => !foilKeys.Contains(tokens[i].Key) && !Ranks(tokens[i])).Select(i => tokens[i]).ToList();
        if (directions.Count == 0 || foilWords.Count == 0 || ownWords.Count == 0)
        {
            return false;
        }

        foreach (var side in AllSides(answer.Tokens, answer.Text).Where(s => s.Kind == "than"))
        {
            var own = side.Own.ToHashSet();
            var foil = side.Foil.ToHashSet();
            bool Says(IEnumerable<GradingToken> words, HashSet<int> where) => words.Any(w => answer.SaysAt(w, where, Strong));

            var reversed = side.Own.Any(i => !answer.Tokens[i].Negated && directions.Any(d => OppositeRank(d, answer.Tokens[i].Key)));
            if (reversed && Says(foilWords, own) && !Says(foilWords, foil) && Says(ownWords, foil))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a size and a height that give a quantity opposite ways ("smaller learning rates" for "higher learning
    /// rates"). Only read against a word the answer does not also bind to the same direction the unit does: a clause may
    /// set a size beside a height ("small k gives high variance") without opposing them.
    /// </summary>
    private static bool CrossScale(string a, string b) => (Up.Contains(a) && Down.Contains(b)) || (Down.Contains(a) && Up.Contains(b));

    /// <summary>
    /// True for a move one way against a size the other way: "bagging lowers the variance" said as "bagging makes the
    /// variance larger", "raises the rate" as "a small rate". Unlike a change for the better, a move says which way the
    /// quantity goes whatever it is.
    /// </summary>
    private static bool SizeAgainstMove(string a, string b) =>
        (Lowering.Contains(a) && Up.Contains(b)) || (Up.Contains(a) && Lowering.Contains(b)) || (Raising.Contains(a) && Down.Contains(b)) || (Down.Contains(a) && Raising.Contains(b));

    /// <summary>
    /// True for a move or a size one way against "goes up" or "goes down" the other way: "raises precision" said as
    /// "precision goes down". "Up" and "down" after other verbs ("end up", "break down") say no direction.
    /// </summary>
    private static bool GoesAgainst(string key, AnswerIndex answer, int s)
    {
        var token = answer.Tokens[s];
        if (token.Key is not ("up" or "down") || token.Negated || RoleSwap.WordBefore(answer.Text, token.Start) is not ("go" or "goes" or "went" or "gone" or "going"))
        {
            return false;
        }

        return token.Key == "up" ? Lowering.Contains(key) || Down.Contains(key) : Raising.Contains(key) || Up.Contains(key);
    }

    /// <summary>
    /// True for a rise or a change for the better against a fall or a harm ("improves accuracy" for "can lower accuracy",
    /// "raises recall" for "hurts recall"); read only where
    /// neither clause names a thing that is better lower ("the validation loss keeps improving" says it falls).
    /// </summary>
    private static bool BetterAgainstFall(string a, string b) => (Better.Contains(a) && Fall.Contains(b)) || (Fall.Contains(a) && Better.Contains(b));

    /// <summary>True for a word with an opposite ("high", "faster", "increases"): it says which way a claim goes.</summary>
    private static bool IsDirection(in GradingToken token) => SynonymLexicon.Opposites(token.Key).Count > 0;

    // Verbs that rank one thing above another by themselves ("the mean exceeds the median", "trees beat deep learning"),
    // read as a comparative with "than": each is the same as the comparatives of its family and opposes the other ones.
    private static readonly HashSet<string> Exceeding = Stems("exceed", "outnumber", "outweigh", "surpass");
    private static readonly HashSet<string> LargerWords = Stems("larger", "greater", "higher", "more", "bigger");
    private static readonly HashSet<string> SmallerWords = Stems("smaller", "lower", "less", "fewer");
    private static readonly HashSet<string> Beating = Stems("beat", "outperform");
    private static readonly HashSet<string> BetterWords = Stems("better", "superior");
    private static readonly HashSet<string> WorseWords = Stems("worse", "inferior", "underperform");

    /// <summary>True for a word that ranks: a direction word or a verb of <see cref="Exceeding"/> or <see cref="Beating"/>.</summary>
    private static bool Ranks(in GradingToken token) => IsDirection(token) || Exceeding.Contains(token.Key) || Beating.Contains(token.Key);

    private static bool SameRank(string a, string b) =>
        Same(a, b) || (Exceeding.Contains(a) && (Exceeding.Contains(b) || LargerWords.Contains(b))) || (LargerWords.Contains(a) && Exceeding.Contains(b))
        || (Beating.Contains(a) && (Beating.Contains(b) || BetterWords.Contains(b))) || (BetterWords.Contains(a) && Beating.Contains(b));

    private static bool OppositeRank(string a, string b) =>
        SynonymLexicon.AreOpposite(a, b) || (Exceeding.Contains(a) && SmallerWords.Contains(b)) || (SmallerWords.Contains(a) && Exceeding.Contains(b))
        || (Beating.Contains(a) && WorseWords.Contains(b)) || (WorseWords.Contains(a) && Beating.Contains(b));

    /// <summary>The positions of the things set after "than" (or a ranking verb) in a text's comparisons.</summary>
    private static HashSet<int> FoilPositions(IReadOnlyList<GradingToken> tokens, string text) =>
        [.. AllSides(tokens, text).Where(s => s.Kind == "than").SelectMany(s => s.Foil)];

    /// <summary>
    /// Each ranking word of a side with the word it ranks by, the next word after it ("more" → "shape" in "more
    /// shape-biased and less texture-biased"); a ranking word with no word of its side right after it has an empty measure.
    /// </summary>
    private static List<(string Measure, string Rank)> DirectionsByMeasure(IReadOnlyList<GradingToken> tokens, List<int> side)
    {
        var result = new List<(string Measure, string Rank)>();
        for (var k = 0; k < side.Count; k++)
        {
            if (Ranks(tokens[side[k]]) && !tokens[side[k]].Negated)
            {
                var measured = k + 1 < side.Count && side[k + 1] == side[k] + 1 && !Ranks(tokens[side[k + 1]]);
                result.Add((measured ? tokens[side[k + 1]].Key : string.Empty, tokens[side[k]].Key));
            }
        }

        return result;
    }

    /// <summary>
    /// True when the answer's ranking word opposes the unit's: the unit's for the same measure where the unit ranks it
    /// ("less shape-biased" against "more shape-biased"), else any of the unit's. A unit ranking two measures two ways
    /// ("more shape-biased and less texture-biased") is not turned round by an answer that keeps one of them.
    /// </summary>
    private static bool OpposesUnit(string measure, string rank, HashSet<string> directions, List<(string Measure, string Rank)> directionOf)
    {
        var forMeasure = measure.Length == 0 ? [] : directionOf.Where(d => d.Measure == measure).Select(d => d.Rank).ToList();
        return forMeasure.Count > 0 ? forMeasure.Any(d => OppositeRank(d, rank)) : directions.Any(d => OppositeRank(d, rank));
    }

    private static bool Same(string a, string b) => a == b || (SynonymLexicon.Group(a) is >= 0 and var g && g == SynonymLexicon.Group(b));

    /// <summary>
    /// True when the unit affirms the word: no negator governs it, and no word that denies by its meaning ("avoids",
    /// "prevents") stands before it in its sentence. A denying word after it ("lowers the rate when the loss stalls")
    /// says something else of other words.
    /// </summary>
    private static bool Affirmed(UnitWord word, IReadOnlyList<GradingToken> tokens, int i) =>
        word.Polarity == Polarity.Affirmed
        || (word.Polarity == Polarity.Either && !tokens[i].Negated && !tokens[i].SetAside
            && !Enumerable.Range(0, i).Any(j => tokens[j].Sentence == tokens[i].Sentence && UnitWord.NegatesByMeaning(tokens[j].Key)));

    /// <summary>
    /// As <see cref="IsDirection(in GradingToken)"/>, but a word inside a name of three or more hyphenated parts
    /// ("reduce-on-plateau", "end-to-end") says no direction, nor does one that opens a keyword written in capitals
    /// ("LEFT JOIN" names a kind of join; "the right key" after it says nothing against it).
    /// </summary>
    private static bool IsDirection(in GradingToken token, string text) => IsDirection(token) && !InLongCompound(text, token) && !OpensKeyword(text, token);

    private static bool OpensKeyword(string text, GradingToken token) =>
        token.Start >= 0 && token.End <= text.Length && token.Length >= 2 && !text.AsSpan(token.Start, token.Length).ContainsAnyExceptInRange('A', 'Z')
        && CapitalWordNext().IsMatch(text.AsSpan(token.End));

    [GeneratedRegex(@"^ [A-Z]{2,}\b")]
    private static partial Regex CapitalWordNext();

    private static bool InLongCompound(string text, GradingToken token)
    {
        if (token.Start < 0 || token.End > text.Length)
        {
            return false;
        }

        int from = token.Start, to = token.End;
        while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || (text[from - 1] == '-' && from > 1 && char.IsLetterOrDigit(text[from - 2]))))
        {
            from--;
        }

        while (to < text.Length && (char.IsLetterOrDigit(text[to]) || (text[to] == '-' && to + 1 < text.Length && char.IsLetterOrDigit(text[to + 1]))))
        {
            to++;
        }

        return text[from..to].Count(c => c == '-') >= 2;
    }

    /// <summary>
    /// Joins to the clause before it a clause that "and" or "or" began and that holds no direction word: it names more
    /// things the same direction is said of ("increases both recall and latency"), not a claim of its own ("and marks
    /// outliers as noise" is one: it has more than <see cref="MaxJoined"/> words). So is a clause a comma parts from a
    /// direction word before it: the words a list of qualities ends in ("at low, bursty volume").
    /// </summary>
    private static int[] Joined(IReadOnlyList<GradingToken> tokens, string text, int[] clauses)
    {
        var joined = (int[])clauses.Clone();
        var shift = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (clauses[i] != clauses[i - 1] && tokens[i].Sentence == tokens[i - 1].Sentence
                && Gap(text, tokens[i - 1].End, tokens[i].Start) is var gap
                && ((gap.IndexOfAny([',', ';', ':', '(', ')', '—', '–']) < 0 && RoleSwap.Words(gap).ToList() is var words && words.Count > 0
                    && words.All(w => w is "and" or "or" or "both" or "either" or "the" or "a" or "an" or "its" or "their"))
                    || (gap.Trim() == "," && IsDirection(tokens[i - 1], text)))
                && Enumerable.Range(i, tokens.Count - i).TakeWhile(j => clauses[j] == clauses[i]).ToList() is var clause
                && clause.Count <= MaxJoined && !clause.Any(j => IsDirection(tokens[j], text)))
            {
                shift++;
            }

            joined[i] = clauses[i] - shift;
        }

        return joined;
    }

    /// <summary>The direction words bound to token <paramref name="i"/>: its clause's, or the nearest one when the clause holds two opposites.</summary>
    private static List<int> Bind(IReadOnlyList<GradingToken> tokens, string text, int[] clauses, int i)
    {
        var found = new List<int>();
        for (var j = 0; j < tokens.Count; j++)
        {
            if (j != i && clauses[j] == clauses[i] && !tokens[j].Negated && IsDirection(tokens[j], text) && !found.Any(f => Same(tokens[f].Key, tokens[j].Key)))
            {
                found.Add(j);
            }
        }

        var opposed = found.Any(a => found.Any(b => SynonymLexicon.AreOpposite(tokens[a].Key, tokens[b].Key)));
        if (!opposed)
        {
            return found;
        }

        foreach (var a in found)
        {
            if (found.FirstOrDefault(b => b > a && SynonymLexicon.AreOpposite(tokens[a].Key, tokens[b].Key) && ChangesInto(text, tokens[a], tokens[b]), -1) is >= 0 and var result)
            {
                // One thing turned into its opposite ("relaxes discrete choices into continuous weights") ends as the
                // second: that is the direction every word of the clause is given. A range ("from easy to hard") is an
                // order instead, read by the nearest word.
                return [result];
            }
        }

        var nearest = found.Min(j => Math.Abs(j - i));
        var closest = found.Where(j => Math.Abs(j - i) == nearest).ToList();
        return closest.Count == 1 ? closest : [];
    }

    // How far apart, in characters, the two ends of one change may stand ("discrete operation choices into continuous").
    private const int MaxChangeSpan = 40;

    /// <summary>True when "into" stands between the two words, a few words apart with no comma: one turns into the other.</summary>
    private static bool ChangesInto(string text, GradingToken from, GradingToken to)
    {
        if (from.End > to.Start || to.Start > text.Length || to.Start - from.End > MaxChangeSpan)
        {
            return false;
        }

        var between = text[from.End..to.Start];
        return IntoWord().IsMatch(between) && !between.Contains(',', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\binto\b", RegexOptions.IgnoreCase)]
    private static partial Regex IntoWord();

    private static IEnumerable<string> Keys(IReadOnlyList<GradingToken> tokens, int[] clauses, int i)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            if (clauses[j] == clauses[i])
            {
                yield return tokens[j].Key;
            }
        }
    }

    /// <summary>
    /// The clause number of every token: a new clause at each sentence, punctuation or one of <paramref name="cutWords"/>.
    /// A bracketed aside is a clause of its own, and the words after it go on with the clause it interrupted: "needs more
    /// data and compute (GPUs) than classical ML" compares what comes before the brackets.
    /// </summary>
    private static int[] Clauses(IReadOnlyList<GradingToken> tokens, string text, string[] cutWords)
    {
        var clauses = new int[tokens.Count];
        var next = 1;
        var outer = -1;
        for (var i = 1; i < tokens.Count; i++)
        {
            var gap = Gap(text, tokens[i - 1].End, tokens[i].Start);
            if (tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                (clauses[i], outer) = (next++, -1);
                continue;
            }

            var words = RoleSwap.Words(gap).Any(w => Array.IndexOf(cutWords, w) >= 0);
            var marks = gap.Where(c => c is ',' or ';' or ':' or '(' or ')' or '—' or '–').ToList();
            if (!words && marks is ['('])
            {
                (outer, clauses[i]) = (clauses[i - 1], next++);
            }
            else if (!words && marks is [')'] && outer >= 0)
            {
                (clauses[i], outer) = (outer, -1);
            }
            else
            {
                var cut = words || marks.Count > 0;
                clauses[i] = cut ? next++ : clauses[i - 1];
                outer = cut ? -1 : outer;
            }
        }

        return clauses;
    }

    /// <summary>The first comparison of a text: its kind ("than" or "unlike"), the tokens of the compared side and of the foil.</summary>
    private static Sides? FindSides(IReadOnlyList<GradingToken> tokens, string text) => AllSides(tokens, text).FirstOrDefault();

    private static List<Sides> AllSides(IReadOnlyList<GradingToken> tokens, string text)
    {
        var result = new List<Sides>();
        var parts = Clauses(tokens, text, SideWords);
        for (var k = 0; k < tokens.Count; k++)
        {
            var before = RoleSwap.Words(Gap(text, k > 0 ? tokens[k - 1].End : 0, tokens[k].Start)).ToList();
            // A ranking verb right before the word ("exceeds the median") compares as "than" does.
            var ranked = k > 0 && parts[k - 1] == parts[k] && (Exceeding.Contains(tokens[k - 1].Key) || Beating.Contains(tokens[k - 1].Key)) && before.Count <= 2;
            var kind = before.Contains("than") || ranked ? "than" : before.Contains("unlike") ? "unlike" : null;
            if (kind is null)
            {
                continue;
            }

            var foil = Enumerable.Range(k, tokens.Count - k).TakeWhile(j => parts[j] == parts[k]).ToList();
            var own = kind == "than"
                ? Enumerable.Range(0, k).Where(j => parts[j] == parts[k]).ToList()
                : Enumerable.Range(0, tokens.Count).Where(j => tokens[j].Sentence == tokens[k].Sentence && !foil.Contains(j)
                    && Math.Abs(parts[j] - parts[k]) <= 1).ToList();
            if (own.Count > 0 && foil.Count > 0)
            {
                result.Add(new Sides(kind, own, foil));
            }
        }

        return result;
    }

    private static readonly string[] Pronouns = ["it", "they", "this", "these", "its", "their"];

    /// <summary>True when nothing but a pronoun (and function words) stands before the side in its sentence.</summary>
    private static bool OpensWithPronoun(string text, IReadOnlyList<GradingToken> tokens, List<int> side)
    {
        var first = tokens[side[0]];
        if ((side[0] > 0 && tokens[side[0] - 1].Sentence == first.Sentence) || first.Start > text.Length)
        {
            return false;
        }

        var lead = text[..first.Start];
        var cut = lead.LastIndexOfAny(['.', '!', '?', '\n']);
        return RoleSwap.Words(lead[(cut + 1)..]).FirstOrDefault() is { } word && Pronouns.Contains(word);
    }

    /// <summary>The first run of the words of a side an answer moved, as the text writes them ("deep learning").</summary>
    private static string Moved(string text, IReadOnlyList<GradingToken> tokens, List<GradingToken> words)
    {
        var first = RoleSwap.IndexOf(tokens, words[0]);
        var last = first;
        while (first >= 0 && last + 1 < tokens.Count && last + 1 - first < MaxNamed && words.Any(w => w.Start == tokens[last + 1].Start)
            && string.IsNullOrWhiteSpace(Gap(text, tokens[last].End, tokens[last + 1].Start).Replace('-', ' ')))
        {
            last++;
        }

        return first >= 0 && tokens[last].End <= text.Length ? text[tokens[first].Start..tokens[last].End] : words[0].SurfaceIn(text);
    }

    /// <summary>A side as the text writes it: its words up to the first direction word, at most <see cref="MaxNamed"/> of them.</summary>
    private static string Named(string text, IReadOnlyList<GradingToken> tokens, List<int> side)
    {
        var named = side.TakeWhile(i => !Ranks(tokens[i])).Take(MaxNamed).ToList();
        if (named.Count == 0)
        {
            named = [side[0]];
        }

        var first = tokens[named[0]];
        var last = tokens[named[^1]];
        return first.Start >= 0 && last.End <= text.Length && first.Start < last.End ? text[first.Start..last.End] : first.Word;
    }

    private static HashSet<string> Stems(params string[] words) => words.Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private static string Gap(string text, int from, int to) => from < to && to <= text.Length ? text[from..to] : "";

    private sealed record Sides(string Kind, List<int> Own, List<int> Foil);
}
