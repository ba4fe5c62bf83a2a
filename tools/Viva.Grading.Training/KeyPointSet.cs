using Viva.Core.Grading;
using Viva.Core.Questions;

namespace Viva.Grading.Training;

/// <summary>One human judgement: does this answer state this key point?</summary>
/// <param name="Question">The bank question's id (the cross-validation group).</param>
/// <param name="Point">0-based index of the key point.</param>
/// <param name="Request">The answer graded against the whole question.</param>
/// <param name="Covered">The human verdict.</param>
/// <param name="Kind">paraphrase, negation, swap…</param>
public sealed record KeyPointCase(string Question, int Point, GradingRequest Request, bool Covered, string Kind);

/// <summary>The labelled key-point judgements (<c>tests/fixtures/grading/keypoints.tsv</c>).</summary>
public static class KeyPointSet
{
    public static IReadOnlyList<KeyPointCase> Load(string path, IReadOnlyList<ExtractedQuestion> bank)
    {
        var byId = bank.ToDictionary(q => q.Curated!.Id, StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        var (question, point, answer, covered, kind) = (Column("question_id"), Column("point"), Column("answer"), Column("covered"), Column("kind"));
        var cases = new List<KeyPointCase>();
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)).Skip(1).Where(p => p.l.Length > 0))
        {
            var f = line.Split('\t');
            if (!byId.TryGetValue(f[question], out var q))
            {
                throw new InvalidDataException($"{path}:{number}: no curated question '{f[question]}'");
            }

            var index = int.Parse(f[point], System.Globalization.CultureInfo.InvariantCulture) - 1;
            if (index < 0 || index >= q.Curated!.KeyPoints.Count)
            {
                throw new InvalidDataException($"{path}:{number}: '{f[question]}' has no key point {index + 1}");
            }

            cases.Add(new KeyPointCase(f[question], index, new GradingRequest(q.Text, q.Answer ?? string.Empty, q.Curated.KeyPoints, f[answer]), f[covered] == "yes", f[kind]));
        }

        return cases;
    }

    /// <summary>
    /// For each answer in <paramref name="cases"/>, its question's other required points, those no row labels for it, as
    /// unstated (kind <c>cross</c>): an answer written for one point says nothing of the rest, as most sentences of a
    /// whole answer say nothing of most points. The rows labelled for an answer are all the points it states.
    /// </summary>
    public static IReadOnlyList<KeyPointCase> OtherPoints(IReadOnlyList<KeyPointCase> cases) =>
        [.. cases.GroupBy(c => (c.Question, c.Request.Answer)).SelectMany(g =>
        {
            var labelled = g.Select(c => c.Point).ToHashSet();
            var request = g.First().Request;
            return Enumerable.Range(0, request.KeyPoints.Count)
                .Where(j => !labelled.Contains(j) && !OptionalKeyPoints.IsOptional(request.KeyPoints[j]))
                .Select(j => new KeyPointCase(g.Key.Question, j, request, false, "cross"));
        })];

    // Replies that answer nothing, as users type them when they are stuck.
    private static readonly string[] NonAnswers =
    [
        "I don't know.", "No idea, sorry.", "Not sure.", "I can't remember this one.", "Skip.", "It depends.",
        "I have never used it.", "Something to do with machine learning, I think.",
    ];

    /// <summary>
    /// For each question in <paramref name="cases"/>, answers that say nothing of it, with every required point unstated
    /// (kind <c>off-topic</c>): <paramref name="perQuestion"/> answers written for questions of other topics, and one
    /// reply that answers nothing ("I don't know."). The labelled rows hold almost no such answers, so without them a
    /// model learns nothing about an answer that shares no words and no meaning with a point.
    /// </summary>
    public static IReadOnlyList<KeyPointCase> OffTopic(IReadOnlyList<KeyPointCase> cases, IReadOnlyList<ExtractedQuestion> bank, int perQuestion = 2)
    {
        var topic = bank.ToDictionary(q => q.Curated!.Id, q => q.Source, StringComparer.Ordinal);
        var answers = cases.Select(c => (c.Question, c.Request.Answer)).Distinct().OrderBy(a => a.Answer, StringComparer.Ordinal).ToList();
        var result = new List<KeyPointCase>();
        var questions = cases.GroupBy(c => c.Question, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            var request = questions[i].First().Request;
            var others = Enumerable.Range(0, answers.Count).Select(k => answers[((i * 7919) + (k * 104729)) % answers.Count])
                .Where(a => topic[a.Question] != topic[questions[i].Key]).Select(a => a.Answer).Distinct(StringComparer.Ordinal).Take(perQuestion);
            foreach (var answer in others.Append(NonAnswers[i % NonAnswers.Length]))
            {
                result.AddRange(Enumerable.Range(0, request.KeyPoints.Count)
                    .Where(j => !OptionalKeyPoints.IsOptional(request.KeyPoints[j]))
                    .Select(j => new KeyPointCase(questions[i].Key, j, request with { Answer = answer }, false, "off-topic")));
            }
        }

        return result;
    }
}
