namespace Viva.Core.Grading;

/// <summary>
/// Which subject each word is said of (see <see cref="Anchors"/> and <see cref="GradingTarget.Subjects"/>).
/// "L2 gives sparse weights" says "sparse" of L2.
/// </summary>
internal sealed class SubjectMap
{
    private readonly string?[] _answerAnchors;
    private readonly IReadOnlyList<GradingToken> _answer;
    private readonly IReadOnlyDictionary<string, HashSet<string>> _saidOf;

    public SubjectMap(HashSet<string> subjects, IReadOnlyList<GradingToken> answer, IReadOnlyDictionary<string, HashSet<string>>? saidOf = null, HashSet<string>? roles = null, HashSet<string>? governors = null, HashSet<string>? questionKeys = null)
    {
        Subjects = subjects;
        Roles = roles ?? subjects;
        Governors = governors ?? Roles;
        QuestionKeys = questionKeys ?? [];
        _answer = answer;
        _answerAnchors = Anchors(answer, subjects);
        _saidOf = saidOf ?? new Dictionary<string, HashSet<string>>();
    }

    // The widest gap, in characters, across which a word is said of the subject right after it: one short word ("raises
    // the variance") but not a phrase ("one update on one batch" says "update" of the iteration, not of the batch).
    private const int MaxBindGap = 5;

    // Words that name what kind of thing something is ("GPT is a decoder-only model"): said of every subject, and no
    // subject of their own.
    private static readonly HashSet<string> Kinds = new(
        new[] { "method", "model", "approach", "technique", "algorithm", "tool" }.Select(PorterStemmer.Stem), StringComparer.Ordinal);

    /// <summary>
    /// True for a word that names what kind of thing something is: "k-means is an unsupervised method" says nothing
    /// against "kNN is a supervised method", and "GPT is a decoder-only model trained to guess the next token" says it of GPT.
    /// </summary>
    public static bool IsKind(string key) => Kinds.Contains(key);

    /// <summary>True when some unit says the word <paramref name="key"/> of <paramref name="subject"/>.</summary>
    public bool UnitsSay(string? subject, string key) => subject is not null && _saidOf.TryGetValue(subject, out var keys) && keys.Contains(key);

    /// <summary>The subject words of the target.</summary>
    public HashSet<string> Subjects { get; }

    /// <summary>The things the target compares, whose claims an answer can swap (see <see cref="RoleSwap"/>).</summary>
    public HashSet<string> Roles { get; }

    /// <summary>The roles some key point makes a claim about.</summary>
    public HashSet<string> Governors { get; }

    /// <summary>The words key points open with, negated by their own prefix (see <see cref="GradingTarget.PrefixedOpeners"/>).</summary>
    public HashSet<string> PrefixedOpeners { get; init; } = [];

    /// <summary>The governors that name one particular thing (see <see cref="GradingTarget.NamedGovernors"/>).</summary>
    public HashSet<string> NamedGovernors { get; init; } = [];

    /// <summary>The outcomes the key points lead to (see <see cref="GradingTarget.Outcomes"/>).</summary>
    public HashSet<string> Outcomes { get; init; } = [];

    /// <summary>The question's words.</summary>
    public HashSet<string> QuestionKeys { get; }

    /// <summary>The subject the answer's word at <paramref name="position"/> is said of, or null.</summary>
    public string? AnswerAnchor(int position) => _answerAnchors[position];

    /// <summary>True when the answer's word at <paramref name="position"/> stands right beside the subject it is said of ("lower variance").</summary>
    public bool AnswerBinds(int position) => Binds(_answer, position, _answerAnchors[position]);

    /// <summary>True when the token at <paramref name="i"/> stands right beside <paramref name="anchor"/> in its sentence.</summary>
    public static bool Binds(IReadOnlyList<GradingToken> tokens, int i, string? anchor) =>
        anchor is not null
        && ((i + 1 < tokens.Count && tokens[i + 1].Key == anchor && tokens[i + 1].Sentence == tokens[i].Sentence)
            || (i > 0 && tokens[i - 1].Key == anchor && tokens[i - 1].Sentence == tokens[i].Sentence));

    /// <summary>
    /// For each token, the key of the subject it is said of: the subject right after it when one follows at once in its
    /// clause, with at most one short word between ("lowers bias and raises variance" says "raises" of variance), else the last subject before it in its
    /// sentence ("L2 gives sparse weights"), counting a compound of subjects by its first ("a Type II error is a
    /// false positive" says it of Type II, not of "error"), else null.
    /// </summary>
    public static string?[] Anchors(IReadOnlyList<GradingToken> tokens, HashSet<string> subjects)
    {
        var anchors = new string?[tokens.Count];
        string? current = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                current = null;
            }

            // Only within the clause: "kNN is supervised, and k-means…" and "robust, unlike MSE" say nothing of k-means or MSE.
            var next = i + 1 < tokens.Count && tokens[i + 1].Start - tokens[i].End <= MaxBindGap && tokens[i + 1].Sentence == tokens[i].Sentence && tokens[i + 1].Clause == tokens[i].Clause && subjects.Contains(tokens[i + 1].Key) && !tokens[i + 1].Foil && !tokens[i + 1].Setting && !tokens[i + 1].Action && !IsKind(tokens[i + 1].Key) ? tokens[i + 1].Key : null;
            anchors[i] = subjects.Contains(tokens[i].Key) ? current : next ?? current;

            // In a compound of subjects ("Type II error") the first names which one; the head noun is shared by both. Two
            // subjects in different clauses ("unlike gradient boosting, a random forest…") are no compound.
            var compound = i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && tokens[i - 1].Clause == tokens[i].Clause && subjects.Contains(tokens[i - 1].Key);
            // A subject set aside ("BFS, not DFS, is the queue-based one") is not what the rest of the sentence is said of.
            // Nor is a subject the clause is set against ("more accurate than a random forest on tabular data"), or the time
            // something happens ("dropout zeroes units during training, so they can't co-adapt" says it of dropout).
            // Nor is a subject word counted ("the first few thousand steps", "500 trees"): that counts things, it names none.
            if (subjects.Contains(tokens[i].Key) && !compound && !tokens[i].Negated && !tokens[i].Foil && !tokens[i].Setting && !tokens[i].Action && !IsKind(tokens[i].Key) && !Counted(tokens, i))
            {
                current = tokens[i].Key;
            }
        }

        return anchors;
    }

    // Words that count the word after them.
    private static readonly HashSet<string> CountWords = new(
        new[] { "few", "many", "several", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens" }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    /// <summary>True when the token at <paramref name="i"/> follows a number or a counting word in its clause ("thousand steps", "500 trees").</summary>
    public static bool Counted(IReadOnlyList<GradingToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Clause == tokens[i].Clause && tokens[i - 1].Sentence == tokens[i].Sentence
        && (CountWords.Contains(tokens[i - 1].Key) || (tokens[i - 1].Key.Length > 0 && char.IsAsciiDigit(tokens[i - 1].Key[0])));
}
