using System.Security.Cryptography;
using System.Text;

namespace Viva.Linking.Training;

/// <summary>A natural-language search query and the curated questions a user would accept as a hit.</summary>
/// <param name="Query">What the user types.</param>
/// <param name="Accept">Curated question ids, any of which counts as a hit.</param>
/// <param name="Tuning">True for the half that ranking changes may be chosen on; false for the held-out half.</param>
public sealed record SearchProbe(string Query, IReadOnlyList<string> Accept, bool Tuning);

/// <summary>Reads <c>tests/fixtures/search/probes.tsv</c> and the later sets beside it.</summary>
public static class SearchProbes
{
    public static string DefaultPath => PathOf("probes.tsv");

    /// <summary>The path of a probe set: <paramref name="name"/> itself when that file exists, else the file of that name in <c>tests/fixtures/search/</c>.</summary>
    /// <exception cref="FileNotFoundException">Neither exists.</exception>
    public static string PathOf(string name)
    {
        if (File.Exists(name))
        {
            return name;
        }

        var fixture = Path.Combine(Corpus.Fixtures, "search", name);
        return File.Exists(fixture) ? fixture : throw new FileNotFoundException($"no probe set {name} (looked for it as given and in {Path.GetDirectoryName(fixture)})", name);
    }

    public static IReadOnlyList<SearchProbe> Load(string? path = null)
    {
        var probes = new List<SearchProbe>();
        var number = 0;
        foreach (var line in File.ReadLines(path ?? DefaultPath))
        {
            number++;
            if (number == 1 || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new FormatException($"probes.tsv:{number}: expected a query and its accepted ids, tab-separated");
            }

            var query = cells[0].Trim();
            probes.Add(new SearchProbe(query, cells[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), IsTuning(query)));
        }

        return probes;
    }

    // A stable hash of the text alone, so that adding or reordering probes never moves another between halves.
    private static bool IsTuning(string query) => SHA256.HashData(Encoding.UTF8.GetBytes(query))[0] % 2 == 0;
}
