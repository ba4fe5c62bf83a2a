namespace Viva.Core.Tests.Support;

/// <summary>Finds the repository, its fixtures and the shared reference folder beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Content => Path.Combine(Root, "content");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    /// <summary>The real review log (12,580 reviews, MIT) the optimizer is checked on.</summary>
    public static string FsrsLog => Directory.EnumerateFiles(Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "fsrs")), "review_logs_*.csv").Single();

    /// <summary>True when the seed documents are present; in CI their absence is a failure, not a skip.</summary>
    public static bool HasSeeds()
    {
        if (Directory.Exists(Seeds))
        {
            return true;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI=true but the seed documents are missing at {Seeds}");
        }

        return false;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Viva.slnx not found above " + AppContext.BaseDirectory);
    }
}
