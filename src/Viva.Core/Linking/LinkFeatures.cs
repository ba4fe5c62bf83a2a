using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// What the meaning-aware linker knows about a candidate link, as numbers: closeness in meaning, the shared
/// weighted words, how much of each side the other contains, and the subject words that must agree. Shared by
/// the linker and the tool that fits its model, so both compute exactly the same features.
/// </summary>
public static class LinkFeatures
{
    /// <summary>Features of an imported question against a curated one, in model order.</summary>
    public static IReadOnlyList<string> CuratedNames { get; } =
        [
            "meaning", "meaning_lead", "words", "question_inside", "curated_inside", "framework_mismatch", "subject_missing", "curated_subject_missing",
            "first_word_missing", "curated_first_word_missing", "words_lead", "question_inside_lead", "tagged_inside", "tagged_inside_lead",
            "tagged_subject_missing", "opening_meaning", "opening_meaning_lead", "asked_framework_missing", "curated_framework_unasked", "comparison_mismatch",
            "answer_meaning", "answer_meaning_lead", "answer_missing", "asked_in_answer", "asked_in_answer_lead",
        ];

    // A question about a library asks for its API; the same concept in general (or in another library) is another card.
    private static readonly Dictionary<string, string> FrameworkFamilies = new(StringComparer.Ordinal)
    {
        ["pytorch"] = "pytorch",
        ["torch"] = "pytorch",
        ["tensorflow"] = "tensorflow",
        ["tf"] = "tensorflow",
        ["kera"] = "tensorflow",
        ["keras"] = "tensorflow",
        ["sklearn"] = "sklearn",
        ["scikit"] = "sklearn",
        ["panda"] = "pandas",
        ["pandas"] = "pandas",
        ["numpy"] = "numpy",
        ["matplotlib"] = "matplotlib",
        ["spark"] = "spark",
        ["pyspark"] = "spark",
        ["hugging"] = "huggingface",
        ["huggingface"] = "huggingface",
    };

    /// <summary>
    /// The features of linking imported question <paramref name="imported"/> to each of its nearest curated questions
    /// <paramref name="nearest"/> (closest first), one row per candidate. Besides each candidate's own closeness, a row
    /// says how far it leads the best other candidate, by meaning and by words: which candidate wins matters more than
    /// how good each looks alone.
    /// </summary>
    /// <param name="model">The lexical model over every question being linked.</param>
    /// <param name="imported">The imported question's index in <paramref name="model"/>.</param>
    /// <param name="nearest">The candidates' indexes in <paramref name="model"/> and the cosines of their embeddings, closest first.</param>
    /// <param name="opening">For each candidate, the cosine of its embedding with that of the imported question's opening (<see cref="PromptOpening"/>).</param>
    /// <param name="texts">The text of every question in <paramref name="model"/>, by index.</param>
    /// <param name="answers">
    /// For each candidate, the cosine of its answer's embedding with that of the imported question's own answer, or null
    /// when the imported question has none (its answer features are then 0 and <c>answer_missing</c> is 1).
    /// </param>
    /// <param name="askedInAnswer">
    /// For each candidate, the cosine of the imported question's embedding with that of the candidate's answer (0 for
    /// all when null): a question is close to the answer that answers it.
    /// </param>
    public static double[][] Curated(
        SimilarityModel model,
        int imported,
        IReadOnlyList<(int Index, float Cosine)> nearest,
        IReadOnlyList<float> opening,
        IReadOnlyList<string> texts,
        IReadOnlyList<float>? answers = null,
        IReadOnlyList<float>? askedInAnswer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(nearest);
        ArgumentNullException.ThrowIfNull(opening);
        var openings = opening.Select(o => (double)o).ToArray();
        var answered = answers?.Select(a => (double)a).ToArray() ?? new double[nearest.Count];
        var asks = askedInAnswer?.Select(a => (double)a).ToArray() ?? new double[nearest.Count];
        var words = new double[nearest.Count];
        var inside = new double[nearest.Count];
        var tagged = new double[nearest.Count];
        for (var k = 0; k < nearest.Count; k++)
        {
            words[k] = model.Score(imported, nearest[k].Index);
            inside[k] = model.Containment(imported, nearest[k].Index);
            tagged[k] = model.ContextContainment(imported, nearest[k].Index);
        }

        // What the imported question asks first: a library or a comparison named only in its follow-ups or examples
        // ("… using cloud services (TensorFlow Serving, …)") does not make it a question about that library.
        var asked = PromptOpening.Of(texts[imported]) ?? texts[imported];
        var askedFrameworks = FrameworkSet(TextNormalizer.Tokens(asked));
        var askedComparison = AsksComparison(asked);
        var rows = new double[nearest.Count][];
        for (var k = 0; k < nearest.Count; k++)
        {
            var c = nearest[k].Index;
            rows[k] =
            [
                nearest[k].Cosine,
                nearest[k].Cosine - BestOther(nearest.Select(n => (double)n.Cosine).ToArray(), k),
                words[k],
                inside[k],
                model.Containment(c, imported),
                FrameworksDiffer(model, imported, c) ? 1 : 0,
                model.SharesSubject(imported, c) ? 0 : 1,
                model.SharesSubject(c, imported) ? 0 : 1,
                model.SharesFirstWord(imported, c) ? 0 : 1,
                model.SharesFirstWord(c, imported) ? 0 : 1,
                words[k] - BestOther(words, k),
                inside[k] - BestOther(inside, k),
                tagged[k],
                tagged[k] - BestOther(tagged, k),
                model.SharesSubjectInContext(imported, c) ? 0 : 1,
                openings[k],
                openings[k] - BestOther(openings, k),
                askedFrameworks.Count > 0 && !askedFrameworks.Overlaps(FrameworkSet(model.TokenIdsInContext(c).Select(model.Word))) ? 1 : 0,
                FrameworkSet(model.TokenIds(c).Select(model.Word)) is { Count: > 0 } named && !named.Overlaps(askedFrameworks) ? 1 : 0,
                askedComparison != AsksComparison(texts[c]) ? 1 : 0,
                answered[k],
                answers is null ? 0 : answered[k] - BestOther(answered, k),
                answers is null ? 1 : 0,
                asks[k],
                asks[k] - BestOther(asks, k),
            ];
        }

        return rows;
    }

    /// <summary>
    /// For each candidate, the cosine of its answer's embedding with that of imported question <paramref name="i"/>'s
    /// own answer (0 for a candidate without one), or null when the imported question has no answer.
    /// </summary>
    public static float[]? AnswerCosines(IReadOnlyList<float[]?> answers, int i, IReadOnlyList<(int Index, float Cosine)> nearest) =>
        answers[i] is { } own ? AnswerCosines(answers, own, nearest) : null;

    /// <summary>For each candidate, the cosine of its answer's embedding with <paramref name="vector"/> (0 for a candidate without one).</summary>
    public static float[] AnswerCosines(IReadOnlyList<float[]?> answers, float[] vector, IReadOnlyList<(int Index, float Cosine)> nearest)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(nearest);
        return [.. nearest.Select(n => answers[n.Index] is { } other ? Vectors.Cosine(vector, other) : 0f)];
    }

    // The highest value among the other candidates (0 when there is none).
    private static double BestOther(double[] values, int k)
    {
        var best = 0.0;
        for (var j = 0; j < values.Length; j++)
        {
            if (j != k && values[j] > best)
            {
                best = values[j];
            }
        }

        return best;
    }

    // Words that ask how two things differ: "How is deep learning different from machine learning?" is the comparison
    // card, not the deep-learning one.
    private static readonly HashSet<string> ComparisonWords = new(StringComparer.Ordinal)
    {
        "differ", "differs", "difference", "differences", "differentiate", "distinguish", "vs", "versus", "compare", "compared",
        "comparing", "comparison", "contrast",
    };

    /// <summary>True when <paramref name="text"/> asks how things differ ("different" counts only as "different from/than").</summary>
    public static bool AsksComparison(string text)
    {
        var words = TextNormalizer.RawWords(text);
        for (var k = 0; k < words.Count; k++)
        {
            if (ComparisonWords.Contains(words[k]) || (words[k] == "different" && k + 1 < words.Count && words[k + 1] is "from" or "than" or "to"))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool FrameworksDiffer(SimilarityModel model, int a, int b)
    {
        var x = Frameworks(model.TokenIds(a).Select(model.Word));
        var y = Frameworks(model.TokenIds(b).Select(model.Word));
        return x != y;
    }

    // The families named, as a set: one asked about among several named still counts as named.
    internal static HashSet<string> FrameworkSet(IEnumerable<string> tokens)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in tokens)
        {
            if (FrameworkFamilies.TryGetValue(word, out var family))
            {
                families.Add(family);
            }
        }

        return families;
    }

    // The families named, as a sorted, joined string ("" when none): cheap to compare and allocation-light.
    private static string Frameworks(IEnumerable<string> tokens)
    {
        string? one = null;
        List<string>? more = null;
        foreach (var word in tokens)
        {
            if (FrameworkFamilies.TryGetValue(word, out var family) && family != one && !(more?.Contains(family) ?? false))
            {
                if (one is null)
                {
                    one = family;
                }
                else
                {
                    (more ??= [one]).Add(family);
                }
            }
        }

        if (more is null)
        {
            return one ?? string.Empty;
        }

        more.Sort(StringComparer.Ordinal);
        return string.Join('+', more);
    }
}
