using Viva.Core.Linking;
using Viva.Core.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Bank;

/// <summary>
/// The curated bank answers every question of the five seed documents: each is either linked to a
/// curated question by the linker, or listed in <c>tests/fixtures/coverage/seed-to-curated.tsv</c>,
/// a hand-checked map for the questions worded too differently to be linked with confidence.
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
        var curated = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order()
            .SelectMany(f => Parse.File(f).Questions).ToList();
        var seeds = Directory.GetFiles(Repo.Seeds).Order().SelectMany(f => Parse.File(f).Questions).ToList();
        var curatedIds = curated.Select(q => q.Curated!.Id).ToHashSet();
        var map = File.ReadAllLines(Path.Combine(Repo.Fixtures, "coverage", "seed-to-curated.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(p => (p[0], int.Parse(p[1])), p => p[2].Split(';', StringSplitOptions.RemoveEmptyEntries));

        // When
        var items = curated.Select(q => LinkItem.For(q.Curated!.Id, q))
            .Concat(seeds.Select((q, i) => new LinkItem($"s{i}", q.Text, false)))
            .ToList();
        var clusters = new DuplicateLinker().Link(items);

        // Then
        var linked = 0;
        var unanswered = new List<string>();
        var askedIn = curatedIds.ToDictionary(id => id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < seeds.Count; i++)
        {
            var q = seeds[i];
            // The hand-checked map wins over the linker where both speak.
            if (map.TryGetValue((q.Source, q.Line), out var ids))
            {
                if (!ids.All(curatedIds.Contains))
                {
                    unanswered.Add($"{q.Source}:{q.Line}: mapped to an unknown id: {string.Join(';', ids)}");
                }

                foreach (var id in ids.Where(askedIn.ContainsKey))
                {
                    askedIn[id].Add(q.Source);
                }
            }
            else if (curatedIds.Contains(clusters[curated.Count + i]))
            {
                linked++;
                askedIn[clusters[curated.Count + i]].Add(q.Source);
            }
            else
            {
                unanswered.Add($"{q.Source}:{q.Line}: {q.Text}");
            }
        }

        output.WriteLine($"{seeds.Count} seed questions: {linked} linked by the linker, {map.Count} through the map");
        Assert.Equal(838, seeds.Count);
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} seed questions have no curated answer:\n" + string.Join('\n', unanswered.Take(25)));
        Assert.All(map.Values.SelectMany(v => v), id => Assert.Contains(id, curatedIds));
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
