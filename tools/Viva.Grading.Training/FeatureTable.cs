using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>Examples turned into feature vectors by the lexical grader at one coverage threshold.</summary>
public sealed class FeatureTable
{
    private FeatureTable(IReadOnlyList<Example> examples, IReadOnlyList<double[]> features)
    {
        Examples = examples;
        Features = features;
    }

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
        return new FeatureTable(examples, features);
    }

    public FeatureTable Where(Func<Example, bool> keep)
    {
        var indices = Enumerable.Range(0, Count).Where(i => keep(Examples[i])).ToList();
        return new FeatureTable([.. indices.Select(i => Examples[i])], [.. indices.Select(i => Features[i])]);
    }

    public static FeatureTable Concat(FeatureTable a, FeatureTable b) => new([.. a.Examples, .. b.Examples], [.. a.Features, .. b.Features]);
}
