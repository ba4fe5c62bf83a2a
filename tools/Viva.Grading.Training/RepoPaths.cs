namespace Viva.Grading.Training;

/// <summary>Where the repository and its grading data are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SemEval => Path.Combine(Root, "tools", "Viva.Grading.Training", "data", "semeval2013-2way-train.tsv");

    public static string DevSet => Path.Combine(Root, "tests", "fixtures", "grading", "devset.tsv");

    /// <summary>Every hand-scored dev-set file: the first set and the later additions.</summary>
    public static IReadOnlyList<string> DevSets =>
        [.. DevSetFiles.Select(n => Path.Combine(Root, "tests", "fixtures", "grading", n)).Where(File.Exists)];

    private static readonly string[] DevSetFiles = ["devset.tsv", "devset-more.tsv"];

    public static string KeyPointSet => Path.Combine(Root, "tests", "fixtures", "grading", "keypoints.tsv");

    /// <summary>Held-out key-point probes: measured, never fitted on.</summary>
    public static string ProbeSet => Path.Combine(Root, "tests", "fixtures", "grading", "probes.tsv");

    /// <summary>The second held-out probe set, written and labelled blind: measured, never fitted on, its errors not read.</summary>
    public static string ProbeSet2 => Path.Combine(Root, "tests", "fixtures", "grading", "probes-2.tsv");

    /// <summary>
    /// The development probe sets (<c>probes-3.tsv</c> to <c>probes-15.tsv</c>), each written on questions no other set uses
    /// after the one before it had been read: their errors are read, nothing is fitted on them.
    /// </summary>
    public static IReadOnlyList<string> DevelopmentProbeSets =>
        [.. Enumerable.Range(3, 13).Select(n => Path.Combine(Root, "tests", "fixtures", "grading", $"probes-{n}.tsv"))];

    /// <summary>Whole typed answers, each judged on every key point of its question: for development, never fitted on.</summary>
    public static string FullAnswers => Path.Combine(Root, "tests", "fixtures", "grading", "full-answers.tsv");

    /// <summary>Whole typed answers on other questions: measured, never fitted on, their errors not read.</summary>
    public static string FullAnswerProbes => Path.Combine(Root, "tests", "fixtures", "grading", "full-answers-probes.tsv");

    public static string HybridModel => Path.Combine(Root, "src", "Viva.Core", "Grading", "Data", "hybrid-model.json");

    /// <summary>Embeddings computed while fitting, kept between runs (ignored by git).</summary>
    public static string EmbeddingCache => Path.Combine(Root, "tools", "Viva.Grading.Training", ".cache");

    public static string IdfTable => Path.Combine(Root, "src", "Viva.Core", "Grading", "Data", "bank-idf.tsv");

    public static string Model => Path.Combine(Root, "src", "Viva.Core", "Grading", "Data", "grading-model.json");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        directory ??= new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Viva.slnx not found; run from inside the repository");
    }
}
