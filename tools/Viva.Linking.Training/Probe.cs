using Viva.Core.Linking;
using Viva.Core.Semantics;
using Viva.Semantics;

namespace Viva.Linking.Training;

public static class Probe
{
    public static int Run(string output)
    {
        var curated = Corpus.Curated();
        var seeds = Corpus.SeedQuestions();
        var map = AnswerKey.Load().ToDictionary(p => p.Key, p => p.Value.Curated);
        var items = curated.Select(q => LinkItem.For(q.Curated!.Id, q)).Concat(seeds.Select((q, i) => new LinkItem($"s{i}", q.Text, false))).ToList();
        var clusters = new DuplicateLinker().Link(items);
        using var model = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var encoder = new CachedTextEncoder(model, Corpus.EmbeddingCache);
        var cv = encoder.Encode([.. curated.Select(q => q.Text)]);
        var sv = encoder.Encode([.. seeds.Select(q => q.Text)]);
        using var writer = new StreamWriter(output);
        writer.WriteLine("source\tline\ttext\tmap\tlinker\tnn1\tcos1\tnn2\tcos2\tnn3\tcos3");
        int agree = 0, mapped = 0, linkRight = 0, linkWrong = 0, linkNone = 0, nnRight = 0;
        for (var i = 0; i < seeds.Count; i++)
        {
            var top = Enumerable.Range(0, curated.Count).Select(c => (Id: curated[c].Curated!.Id, Cos: Vectors.Dot(sv[i], cv[c]))).OrderByDescending(t => t.Cos).Take(3).ToList();
            var linker = clusters[curated.Count + i];
            var gold = map.TryGetValue((seeds[i].Source, seeds[i].Line), out var ids) ? ids : null;
            if (gold is not null)
            {
                mapped++;
                linkRight += gold.Contains(linker) ? 1 : 0;
                linkNone += linker.StartsWith('s') ? 1 : 0;
                linkWrong += !linker.StartsWith('s') && !gold.Contains(linker) ? 1 : 0;
                nnRight += gold.Contains(top[0].Id) ? 1 : 0;
            }
            else
            {
                agree += top[0].Id == linker ? 1 : 0;
            }

            writer.WriteLine($"{seeds[i].Source}\t{seeds[i].Line}\t{seeds[i].Text.Replace('\t', ' ').Replace('\n', ' ')}\t{(gold is null ? "" : string.Join(';', gold))}\t{linker}\t{top[0].Id}\t{top[0].Cos:F3}\t{top[1].Id}\t{top[1].Cos:F3}\t{top[2].Id}\t{top[2].Cos:F3}");
        }

        Console.WriteLine($"{seeds.Count} seeds, {curated.Count} curated; mapped {mapped}: linker right {linkRight}, wrong {linkWrong}, unlinked {linkNone}; nearest right {nnRight}");
        Console.WriteLine($"unmapped {seeds.Count - mapped}: nearest agrees with linker {agree}");
        return 0;
    }
}
