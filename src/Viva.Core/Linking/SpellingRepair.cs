using System.Collections.Concurrent;
using Viva.Core.Text;

namespace Viva.Core.Linking;

/// <summary>
/// Corrects misspelt domain words ("Convolotional", "Regulization", "Dimentionality") to the spelling
/// the lexicon knows, so that phrases such as "convolutional neural network" are still recognised.
/// </summary>
public static class SpellingRepair
{
    private const int MinLength = 6;
    private const int CacheLimit = 200_000;

    private static readonly string[] DomainWords =
    [
        "regularization", "normalization", "classification", "reinforcement", "convolutional", "dimensionality",
        "principal", "component", "components", "overfitting", "underfitting", "imbalanced", "imbalance",
        "hyperparameter", "hyperparameters", "gradient", "variance", "probability", "distribution", "hypothesis",
        "correlation", "covariance", "regression", "clustering", "supervised", "unsupervised", "learning", "network",
        "networks", "recurrent", "generative", "adversarial", "autoencoder", "autoencoders", "transformer", "transformers",
        "attention", "embedding", "embeddings", "validation", "precision", "recall", "accuracy", "entropy", "information",
        "likelihood", "bayesian", "boosting", "bagging", "ensemble", "decision", "forest", "algorithm", "algorithms",
        "optimization", "activation", "function", "functions", "backpropagation", "propagation", "neural", "perceptron",
        "kernel", "vector", "machine", "support", "nearest", "neighbors", "neighbours", "sampling", "outliers", "feature",
        "features", "selection", "extraction", "encoding", "dropout", "pooling", "segmentation", "detection",
        "recognition", "translation", "semantic", "instance", "inference", "training", "deployment", "monitoring",
        "pipeline", "database", "transformation", "standardization", "interpretability", "explainability", "augmentation",
        "tokenization", "lemmatization", "stemming", "sentiment", "summarization", "logistic", "linear", "polynomial",
        "multicollinearity", "heteroscedasticity", "stationarity", "autocorrelation", "seasonality", "difference",
        "differences", "between", "evaluation", "metrics", "confusion", "matrix", "analysis", "language", "processing",
        "modelling", "modeling", "classifier", "classifiers", "prediction", "statistics", "statistical", "semisupervised",
        "dimension", "dimensions", "reduction", "random", "stochastic", "descent", "exploding", "vanishing",
    ];

    private static readonly Dictionary<char, string[]> ByInitial = DomainWords
        .Concat(TermLexicon.Phrases.Keys.SelectMany(k => k.Split(' ')))
        .Where(w => w.Length >= MinLength)
        .Distinct(StringComparer.Ordinal)
        .GroupBy(w => w[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly HashSet<string> Known = [.. ByInitial.Values.SelectMany(v => v)];
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The domain and lexicon words this repair corrects to.</summary>
    internal static IReadOnlyCollection<string> KnownWords => Known;

    /// <summary>The known spelling of <paramref name="word"/> (lower case), or the word itself.</summary>
    public static string Repair(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || Known.Contains(word) || !ByInitial.TryGetValue(word[0], out var candidates))
        {
            return word;
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var budget = word.Length >= 9 ? 2 : 1;
        var best = word;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > budget)
            {
                continue;
            }

            var distance = EditDistance.Bounded(word, candidate, budget);
            if (distance <= budget)
            {
                best = candidate;
                budget = distance - 1;
                if (budget < 0)
                {
                    break;
                }
            }
        }

        if (Cache.Count < CacheLimit)
        {
            Cache[word] = best;
        }

        return best;
    }
}
