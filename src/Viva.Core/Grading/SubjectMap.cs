namespace Viva.Core.Grading;

/// <summary>
/// Which subject each word is said of: the last subject word (see <see cref="GradingTarget.Subjects"/>)
/// before it in the same sentence. "L2 gives sparse weights" says "sparse" of L2.
/// </summary>
internal sealed class SubjectMap
{
    private readonly string?[] _answerAnchors;

    public SubjectMap(HashSet<string> subjects, IReadOnlyList<GradingToken> answer)
    {
        Subjects = subjects;
        _answerAnchors = Anchors(answer, subjects);
    }

    /// <summary>The subject words of the target.</summary>
    public HashSet<string> Subjects { get; }

    /// <summary>The subject the answer's word at <paramref name="position"/> is said of, or null.</summary>
    public string? AnswerAnchor(int position) => _answerAnchors[position];

    /// <summary>For each token, the key of the last subject before it in its sentence, or null.</summary>
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

            anchors[i] = current;
            if (subjects.Contains(tokens[i].Key))
            {
                current = tokens[i].Key;
            }
        }

        return anchors;
    }
}
