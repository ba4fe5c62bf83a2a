namespace Viva.Core.Grading;

/// <summary>A unit an answer is checked against: a key point, or a sentence of the reference.</summary>
/// <param name="Text">The key point as the request gave it, or the reference sentence.</param>
/// <param name="Tokens">Its content words.</param>
/// <param name="Plain">The plain text the tokens' offsets point into.</param>
internal sealed record TargetUnit(string Text, IReadOnlyList<GradingToken> Tokens, string Plain)
{
    /// <summary>Its distinct words, weighted, with polarity and subject.</summary>
    public IReadOnlyList<UnitWord> Words { get; init; } = [];

    /// <summary>The keys of its words that another unit of the request says too.</summary>
    public HashSet<string> SharedKeys { get; init; } = [];

    /// <summary>The claims other units make of other roles, which an answer could give to this unit's role.</summary>
    public IReadOnlyList<RoleSwap.Counterclaim> Counterclaims { get; init; } = [];

    /// <summary>The terms other units set against this one's, with this unit's words they lack (see <see cref="TermExchange"/>).</summary>
    public IReadOnlyList<TermExchange.Contrast> Contrasts { get; init; } = [];
}

/// <summary>
/// What one request grades against, tokenised and weighted: the units, the whole reference and the question's
/// words. Immutable once prepared, so one instance serves every answer to the same question, on any thread.
/// </summary>
internal sealed class GradingTarget
{
    /// <summary>The weight left to a word that the question already says (Mohler et al. 2011 drop them outright).</summary>
    public const float QuestionDemote = 0.1f;

    // A word more than this share of bank answers use ("use", "data", "model") is too common to be a subject.
    private const double MaxSubjectShare = 0.18;

    // How many content words into a clause of some unit a question word must stand to be a subject: 3 stopped the most
    // stated points from being read as swapped on the key-point judgements (2 and 4 stopped fewer).
    private const int SubjectReach = 3;

    // Verbs that tell what to do ("use RAG when…", "prefer iteration…"): the question's frame, never a thing compared.
    private static readonly HashSet<string> Instructions = new[] { "use", "prefer", "choose", "pick", "avoid", "apply", "favour", "favor", "try" }
        .Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private readonly IdfTable _idf;

    // The largest share of bank questions a governor may appear in and still name one particular thing.
    private const double RareNameShare = 0.03;

    private GradingTarget(IReadOnlyList<TargetUnit> units, bool fromKeyPoints, IReadOnlyList<GradingToken> reference, IReadOnlyList<GradingToken> question, string questionText, IdfTable idf)
    {
        var questionKeys = question.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        _idf = idf;
        FromKeyPoints = fromKeyPoints;
        QuestionKeys = questionKeys;
        Subjects = FindSubjects(units, questionKeys, idf);
        Subjects.ExceptWith(SharedHeads(question, Subjects));
        Units = [.. units.Select(u => u with
        {
            Words = UnitWord.Distinct(u.Tokens, Weight, Subjects, u.Plain),
            SharedKeys = u.Tokens.Select(t => t.Key).Where(k => units.Any(o => !ReferenceEquals(o, u) && o.Tokens.Any(t => t.Key == k))).ToHashSet(StringComparer.Ordinal),
        })];
        Roles = fromKeyPoints ? RoleSwap.Roles(Units, Subjects, questionKeys, idf) : [];
        Governors = RoleSwap.Governors(Units, Roles);
        NamedGovernors = [.. Governors.Where(g => idf.Frequency(g) <= RareNameShare * idf.Documents)];
        Outcomes = fromKeyPoints ? OutcomeSwap.Outcomes(Units, question, questionText) : [];
        PrefixedOpeners = fromKeyPoints ? PrefixedSubject.Openers(Units) : [];
        if (fromKeyPoints)
        {
            Units = [.. Units.Select(u => u with { Counterclaims = RoleSwap.Counterclaims(u, Units, Roles), Contrasts = TermExchange.Contrasts(u, Units, questionKeys) })];
        }

        SaidOf = Units.SelectMany(u => u.Words).Where(w => w.Anchor is { Length: > 0 })
            .GroupBy(w => w.Anchor!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Token.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        Reference = [.. reference.DistinctBy(t => t.Key, StringComparer.Ordinal).Select(t => (t, Weight(t.Key)))];
        UnitWordCount = units.Sum(u => u.Tokens.Count);
    }

    /// <summary>
    /// For each subject, the words some unit says of it. Saying such a word of that subject is no swap, even where
    /// another unit says it of a different one ("reject the null hypothesis" is said of Type I and of Type II).
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> SaidOf { get; }

    /// <summary>The things the key points compare, whose claims an answer can swap (none for reference units).</summary>
    public HashSet<string> Roles { get; }

    /// <summary>The roles some key point makes a claim about.</summary>
    public HashSet<string> Governors { get; }

    /// <summary>
    /// The governors rare enough in the bank to name one particular thing ("NULLIF", "Inception"), not a general word
    /// ("metric", "group"): a claim said of one of them is said of that thing, whether or not the answer names the point's own.
    /// </summary>
    public HashSet<string> NamedGovernors { get; }

    /// <summary>
    /// The question's words that end a key point, what its cause leads to ("high bias", "high variance"), when the
    /// question sets them against each other: see <see cref="OutcomeSwap"/>.
    /// </summary>
    public HashSet<string> Outcomes { get; }

    /// <summary>The words key points open with, negated by their own prefix ("indirect"): see <see cref="PrefixedSubject"/>.</summary>
    public HashSet<string> PrefixedOpeners { get; }

    /// <summary>The units, in the order of the request.</summary>
    public IReadOnlyList<TargetUnit> Units { get; }

    /// <summary>True when the units are the request's key points; false when derived from the reference.</summary>
    public bool FromKeyPoints { get; }

    /// <summary>The distinct content words of the reference answer and of every unit, with their weights.</summary>
    public IReadOnlyList<(GradingToken Token, float Weight)> Reference { get; }

    /// <summary>How many content words the units hold in all.</summary>
    public int UnitWordCount { get; }

    /// <summary>Keys of the question's content words.</summary>
    public HashSet<string> QuestionKeys { get; }

    /// <summary>
    /// The things the units say something about and that an answer could mix up ("L1" and "L2", "bagging"
    /// and "boosting", "generator" and "discriminator"): question words the units use, and the words that
    /// open each clause of a unit with several clauses. A word every unit uses tells nothing apart, and a
    /// word most answers in the bank use is no subject; both are left out.
    /// </summary>
    public HashSet<string> Subjects { get; }

    /// <summary>The weight of a word: its idf, demoted when the question says it.</summary>
    public float Weight(string key) => _idf.Weight(key) * (QuestionKeys.Contains(key) ? QuestionDemote : 1f);

    public static GradingTarget Prepare(GradingRequest request, IdfTable idf)
    {
        var reference = PlainText.FromMarkdown(request.ReferenceAnswer ?? string.Empty);
        var keyPoints = (request.KeyPoints ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        var matched = keyPoints.Select(OptionalKeyPoints.Strip).ToList();
        var fromKeyPoints = keyPoints.Count > 0;
        var units = fromKeyPoints
            ? matched.Select(k => PlainText.FromMarkdown(k).Replace('\n', ' ')).Select((plain, i) => new TargetUnit(keyPoints[i], GradingTokenizer.Tokenize(plain, idf), plain)).ToList()
            : ReferenceUnits.Derive(reference, idf).Select(s => new TargetUnit(s, GradingTokenizer.Tokenize(s, idf), s)).ToList();
        var referenceTokens = GradingTokenizer.Tokenize(reference, idf);
        if (fromKeyPoints)
        {
            referenceTokens.AddRange(units.SelectMany(u => u.Tokens));
        }

        var questionText = PlainText.FromMarkdown(request.Question ?? string.Empty);
        var question = GradingTokenizer.Tokenize(questionText, idf);
        return new GradingTarget(units, fromKeyPoints, referenceTokens, question, questionText, idf);
    }

    /// <summary>
    /// Subject words the question puts right after two different subjects ("SQL databases … NoSQL databases"): the head
    /// noun both things share names neither, so "graph databases" says nothing of which one a claim is about.
    /// </summary>
    private static IEnumerable<string> SharedHeads(IReadOnlyList<GradingToken> question, HashSet<string> subjects)
    {
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 1; i < question.Count; i++)
        {
            var (head, modifier) = (question[i], question[i - 1]);
            if (subjects.Contains(head.Key) && subjects.Contains(modifier.Key) && head.Key != modifier.Key && head.Sentence == modifier.Sentence && head.Clause == modifier.Clause)
            {
                if (!before.TryGetValue(head.Key, out var modifiers))
                {
                    before[head.Key] = modifiers = new HashSet<string>(StringComparer.Ordinal);
                }

                modifiers.Add(modifier.Key);
            }
        }

        return before.Where(p => p.Value.Count >= 2).Select(p => p.Key);
    }

    private static HashSet<string> FindSubjects(IReadOnlyList<TargetUnit> units, HashSet<string> questionKeys, IdfTable idf)
    {
        var unitKeys = units.Select(u => u.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        // A question word is a subject where some unit speaks of it, near the start of a clause ("Bagging trains…", "High
        // bias shows…") or as what a clause is set against ("… than CNNs"): the question's frame ("difference", "select
        // rows", "use") is said in passing.
        var spokenOf = units.SelectMany(u => u.Tokens.GroupBy(t => (t.Sentence, t.Clause)).SelectMany(c => c.Take(SubjectReach)).Concat(u.Tokens.Where(t => t.Foil)))
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var subjects = new HashSet<string>(questionKeys.Where(k => unitKeys.Any(s => s.Contains(k)) && spokenOf.Contains(k)), StringComparer.Ordinal);
        var contrasted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var clauses = unit.Tokens.GroupBy(t => t.Sentence).ToList();
            if (clauses.Count > 1)
            {
                var openers = clauses.Select(c => c.First().Key).ToList();
                subjects.UnionWith(openers);

                // "A generator maps noise to samples; a discriminator classifies samples": clauses opened by different
                // words that also appear in other units contrast two things, however common their stems are in the bank.
                if (openers.Distinct(StringComparer.Ordinal).Count() == openers.Count)
                {
                    contrasted.UnionWith(openers.Where(k => unitKeys.Count(s => s.Contains(k)) >= 2));
                }
            }
        }

        // A word every unit uses tells nothing apart, unless the question names it beside another subject
        // ("bias" and "variance" in a bias-variance question are in every key point and still get swapped).
        var named = subjects.Count(questionKeys.Contains);
        bool Named(string k) => named >= 2 && questionKeys.Contains(k);
        if (units.Count > 1)
        {
            subjects.RemoveWhere(k => unitKeys.All(s => s.Contains(k)) && !Named(k));
        }

        subjects.RemoveWhere(k => idf.Frequency(k) > MaxSubjectShare * idf.Documents && !Named(k) && !contrasted.Contains(k));
        subjects.ExceptWith(Instructions);

        return subjects;
    }
}
