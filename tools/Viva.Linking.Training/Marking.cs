using Viva.Core.Linking;
using Viva.Semantics;

namespace Viva.Linking.Training;

/// <summary>
/// Runs the shipped linker over the curated bank and the seeds, as the coverage test does, and marks each row of the
/// answer key <c>linker</c> when the linker finds one of its curated questions and <c>hand</c> when only the key does.
/// </summary>
public static class Marking
{
    public static int Run()
    {
        using var model = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var data = LinkingData.Load(new CachedTextEncoder(model, Corpus.EmbeddingCache));
        var items = data.Curated.Select(q => LinkItem.For(q.Curated!.Id, q)).Concat(data.Seeds.Select((q, i) => new LinkItem($"s{i}", q.Text, false))).ToList();
        var clusters = new DuplicateLinker(encoder: data.Encoder).Link(items);
        var marked = data.Keys.Select((k, s) => k with { By = k.Curated.Contains(clusters[data.Curated.Count + s]) ? "linker" : "hand" }).ToList();
        AnswerKey.Save(marked);
        var linked = marked.Count(k => k.By == "linker");
        var curatedIds = data.Curated.Select(q => q.Curated!.Id).ToHashSet(StringComparer.Ordinal);
        var covered = data.Seeds.Select((_, s) => clusters[data.Curated.Count + s]).Count(curatedIds.Contains);
        Console.WriteLine($"{linked}/{marked.Count} seed questions linked right by the linker ({linked / (double)marked.Count:P1}); {marked.Count - linked} answered by hand");

        // What `viva coverage` counts: linked to some curated question, right or not.
        Console.WriteLine($"{covered}/{marked.Count} linked to a curated question ({covered - linked} of them a wrong one), {marked.Count - covered} to none");
        return 0;
    }
}
