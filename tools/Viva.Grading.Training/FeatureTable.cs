using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>Examples turned into feature vectors by the lexical grader at one coverage threshold.</summary>
public sealed class FeatureTable
{
    private FeatureTable(IReadOnlyList<Example> examples, IReadOnlyList<double[]> features, IReadOnlyList<string> names)
    {
        Examples = examples;
        Features = features;
        Names = names;
    }

    /// <summary>The name of each feature, in vector order.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<Example> Examples { get; }

    public IReadOnlyList<double[]> Features { get; }

    public int Count => Examples.Count;

    /// <summary>Measures every example; with several references, the one the answer covers best counts.</summary>
    public static FeatureTable Build(IReadOnlyList<Example> examples, IdfTable idf, double threshold)
    {
        var placeholder = new LinearScorer(0, new double[GradingFeatures.Names.Count]);
        var grader = new LexicalGrader(new GradingModel(threshold, placeholder, placeholder), idf);
        var features = new double[examples.Count][];
        Parallel.For(0, examples.Count, i =>
        {
            features[i] = examples[i].Requests
                .Select(grader.Analyze)
                .OrderByDescending(a => a.Features.Coverage)
                .ThenByDescending(a => a.Features.Recall)
                .First()
                .Features.ToVector();
        });
        return new FeatureTable(examples, features, GradingFeatures.Names);
    }

    /// <summary>Measures every example with the hybrid grader (lexical and semantic features); with several references, the best covered counts.</summary>
    public static FeatureTable BuildHybrid(IReadOnlyList<Example> examples, HybridGrader grader)
    {
        var features = new double[examples.Count][];
        Parallel.For(0, examples.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            features[i] = examples[i].Requests
                .Select(r => grader.Analyze(r))
                .OrderByDescending(a => a.Lexical.Features.Coverage)
                .ThenByDescending(a => a.Lexical.Features.Recall)
                .First()
                .ToVectorOrWords();
        });
        return new FeatureTable(examples, features, SemanticFeatures.HybridNames);
    }

    public FeatureTable Where(Func<Example, bool> keep)
    {
        var indices = Enumerable.Range(0, Count).Where(i => keep(Examples[i])).ToList();
        return new FeatureTable([.. indices.Select(i => Examples[i])], [.. indices.Select(i => Features[i])], Names);
    }

    public static FeatureTable Concat(FeatureTable a, FeatureTable b) => new([.. a.Examples, .. b.Examples], [.. a.Features, .. b.Features], a.Names);
}
