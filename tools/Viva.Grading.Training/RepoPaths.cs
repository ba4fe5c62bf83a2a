namespace Viva.Grading.Training;

/// <summary>Where the repository and its grading data are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SemEval => Path.Combine(Root, "tools", "Viva.Grading.Training", "data", "semeval2013-2way-train.tsv");

    public static string DevSet => Path.Combine(Root, "tests", "fixtures", "grading", "devset.tsv");

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
