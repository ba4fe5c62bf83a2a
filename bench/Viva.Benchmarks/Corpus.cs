namespace Viva.Benchmarks;

/// <summary>The text that throughput is measured on: the seed documents when present, else a generated document.</summary>
public static class Corpus
{
    public static string Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        var seeds = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "seeds");
        if (seeds is not null && Directory.Exists(seeds))
        {
            return string.Join("\n\n", Directory.GetFiles(seeds).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        return GeneratedDocument.Build(2_000);
    }
}
