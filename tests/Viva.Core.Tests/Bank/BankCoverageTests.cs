using Viva.Core.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Bank;

/// <summary>
/// The curated bank answers every question of the five seed documents. The hand-checked answer key
/// <c>tests/fixtures/coverage/seed-to-curated.tsv</c> names, for each seed question, the curated questions that
/// answer it; how many of them the linker finds on its own is measured with the sentence encoder in
/// <c>Viva.Semantics.Tests</c> (<c>SeedLinkingTests</c>).
/// </summary>
public sealed class BankCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_Answer_Every_Seed_Question()
    {
        if (!Repo.HasSeeds())
        {
            return;
        }

        // Given
        var curatedIds = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order()
            .SelectMany(f => Parse.File(f).Questions).Select(q => q.Curated!.Id).ToHashSet();
        var seeds = Directory.GetFiles(Repo.Seeds).Order().SelectMany(f => Parse.File(f).Questions).ToList();
        var key = File.ReadAllLines(Path.Combine(Repo.Fixtures, "coverage", "seed-to-curated.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => (p[0], int.Parse(p[1])), p => (Ids: p[2].Split(';', StringSplitOptions.RemoveEmptyEntries), By: p[3]));

        // When
        var unanswered = new List<string>();
        var askedIn = curatedIds.ToDictionary(id => id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var q in seeds)
        {
            if (!key.TryGetValue((q.Source, q.Line), out var row) || row.Ids.Length == 0)
            {
                unanswered.Add($"{q.Source}:{q.Line}: {q.Text}");
                continue;
            }

            foreach (var id in row.Ids)
            {
                if (askedIn.TryGetValue(id, out var documents))
                {
                    documents.Add(q.Source);
                }
                else
                {
                    unanswered.Add($"{q.Source}:{q.Line}: answered by an unknown id: {id}");
                }
            }
        }

        // Then
        var byHand = key.Values.Count(r => r.By == "hand");
        output.WriteLine($"{seeds.Count} seed questions: {key.Count - byHand} linked by the linker, {byHand} answered by hand");
        Assert.Equal(838, seeds.Count);
        Assert.Equal(seeds.Count, key.Count);
        Assert.All(key.Values, r => Assert.Contains(r.By, new[] { "linker", "hand" }));
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} seed questions have no curated answer:\n" + string.Join('\n', unanswered.Take(25)));
        AssertAskedInIsCurrent(askedIn);
    }

    // content/asked-in.tsv tells practice how many seed documents ask each curated question (new cards come
    // most-asked first). It is derived from the seeds; VIVA_UPDATE_FIXTURES=1 rewrites it.
    private static void AssertAskedInIsCurrent(Dictionary<string, HashSet<string>> askedIn)
    {
        var path = Path.Combine(Repo.Content, "asked-in.tsv");
        var expected = "id\tdocuments\n" + string.Concat(askedIn.Where(a => a.Value.Count > 0).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}\t{a.Value.Count}\n"));
        if (Environment.GetEnvironmentVariable("VIVA_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, $"{path} is out of date; run the tests with VIVA_UPDATE_FIXTURES=1");
    }
}
