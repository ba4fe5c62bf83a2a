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
            "tagged_subject_missing", "opening_meaning", "opening_meaning_lead",
        ];

    /// <summary>Features of two imported questions, in model order.</summary>
    public static IReadOnlyList<string> PairNames { get; } =
        ["meaning", "words", "less_inside", "more_inside", "framework_mismatch", "subject_missing", "first_word_missing"];

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
    public static double[][] Curated(SimilarityModel model, int imported, IReadOnlyList<(int Index, float Cosine)> nearest, IReadOnlyList<float> opening)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(nearest);
        ArgumentNullException.ThrowIfNull(opening);
        var openings = opening.Select(o => (double)o).ToArray();
        var words = new double[nearest.Count];
        var inside = new double[nearest.Count];
        var tagged = new double[nearest.Count];
        for (var k = 0; k < nearest.Count; k++)
        {
            words[k] = model.Score(imported, nearest[k].Index);
            inside[k] = model.Containment(imported, nearest[k].Index);
            tagged[k] = model.ContextContainment(imported, nearest[k].Index);
        }

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
            ];
        }

        return rows;
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

    /// <summary>The features of linking imported questions <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="model">The lexical model over every question being linked.</param>
    /// <param name="a">One question's index in <paramref name="model"/>.</param>
    /// <param name="b">The other's.</param>
    /// <param name="meaning">The cosine of their embeddings.</param>
    public static double[] Pair(SimilarityModel model, int a, int b, float meaning)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ab = model.Containment(a, b);
        var ba = model.Containment(b, a);
        return
        [
            meaning,
            model.Score(a, b),
            Math.Min(ab, ba),
            Math.Max(ab, ba),
            FrameworksDiffer(model, a, b) ? 1 : 0,
            model.SharesSubject(a, b) && model.SharesSubject(b, a) ? 0 : 1,
            model.SharesFirstWord(a, b) && model.SharesFirstWord(b, a) ? 0 : 1,
        ];
    }

    private static bool FrameworksDiffer(SimilarityModel model, int a, int b)
    {
        var x = Frameworks(model, a);
        var y = Frameworks(model, b);
        return x != y;
    }

    // The families named, as a sorted, joined string ("" when none): cheap to compare and allocation-light.
    private static string Frameworks(SimilarityModel model, int i)
    {
        string? one = null;
        List<string>? more = null;
        foreach (var id in model.TokenIds(i))
        {
            if (FrameworkFamilies.TryGetValue(model.Word(id), out var family) && family != one && !(more?.Contains(family) ?? false))
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
