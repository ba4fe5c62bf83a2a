using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Semantics;

namespace Viva.Linking.Training;

/// <summary>The curated bank and the seeds as the coverage test links them: one lexical model and one embedding per question.</summary>
public sealed record LinkingData(
    IReadOnlyList<ExtractedQuestion> Curated,
    IReadOnlyList<ExtractedQuestion> Seeds,
    SimilarityModel Model,
    IReadOnlyList<float[]> Vectors,
    IReadOnlyList<float[]> Openings,
    IReadOnlyList<float[]?> Answers,
    IReadOnlyList<string[]> Gold,
    IReadOnlyList<AnswerKey> Keys,
    ITextEncoder Encoder)
{
    /// <summary>Every question's text, curated first, in the model's order.</summary>
    public IReadOnlyList<string> Texts { get; } = DuplicateLinker.TextsToLink(Items(Curated, Seeds));

    public static LinkingData Load(ITextEncoder encoder)
    {
        var curated = Corpus.Curated();
        var seeds = Corpus.SeedQuestions();
        var key = AnswerKey.Load();
        string[] texts = DuplicateLinker.TextsToLink(Items(curated, seeds));
        var keys = seeds.Select(q => key[(q.Source, q.Line)]).ToList();
        if (Environment.GetEnvironmentVariable("VIVA_FIT_SPELLING") is not null)
        {
            // Each seed question the linker reads with a word corrected to the bank's spelling.
            for (var s = 0; s < seeds.Count; s++)
            {
                if (!string.Equals(texts[curated.Count + s], seeds[s].Text, StringComparison.Ordinal))
                {
                    Console.WriteLine($"  spelling: {seeds[s].Text}  ->  {texts[curated.Count + s]}");
                }
            }
        }

        string[] contexts = [.. curated.Select(q => LinkItem.For(q.Curated!.Id, q).Context), .. seeds.Select(_ => string.Empty)];
        string[] answers = [.. Items(curated, seeds).Select(i => i.Answer)];
        var embeddings = Embeddings.Of(encoder, texts, [.. curated.Select(_ => true), .. seeds.Select(_ => false)], answers);
        return new LinkingData(curated, seeds, SimilarityModel.Build(texts, contexts), embeddings.Questions, embeddings.Openings, embeddings.Answers, [.. keys.Select(k => k.Curated)], keys, encoder);
    }

    /// <summary>What the linker is given: the curated bank, then every seed question (ids s0, s1, …).</summary>
    public IReadOnlyList<LinkItem> Items() => Items(Curated, Seeds);

    private static List<LinkItem> Items(IReadOnlyList<ExtractedQuestion> curated, IReadOnlyList<ExtractedQuestion> seeds) =>
        [.. curated.Select(q => LinkItem.For(q.Curated!.Id, q)), .. seeds.Select((q, i) => LinkItem.For($"s{i}", q))];
}
