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
        ["meaning", "meaning_lead", "words", "question_inside", "curated_inside", "framework_mismatch", "subject_missing", "curated_subject_missing", "first_word_missing", "curated_first_word_missing"];

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
    /// The features of linking imported question <paramref name="imported"/> to curated question <paramref name="curated"/>.
    /// </summary>
    /// <param name="model">The lexical model over every question being linked.</param>
    /// <param name="imported">The imported question's index in <paramref name="model"/>.</param>
    /// <param name="curated">The curated question's index.</param>
    /// <param name="meaning">The cosine of their embeddings.</param>
    /// <param name="lead">How far <paramref name="meaning"/> is above the best other curated question's (negative when another is closer).</param>
    public static double[] Curated(SimilarityModel model, int imported, int curated, float meaning, float lead)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            meaning,
            lead,
            model.Score(imported, curated),
            model.Containment(imported, curated),
            model.Containment(curated, imported),
            FrameworksDiffer(model, imported, curated) ? 1 : 0,
            model.SharesSubject(imported, curated) ? 0 : 1,
            model.SharesSubject(curated, imported) ? 0 : 1,
            model.SharesFirstWord(imported, curated) ? 0 : 1,
            model.SharesFirstWord(curated, imported) ? 0 : 1,
        ];
    }

    /// <summary>The features of linking imported questions <paramref name="a"/> and <paramref name="b"/>.</summary>
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
