using Viva.Core.Linking;

namespace Viva.Core.Search;

/// <summary>
/// Spells out the abbreviations people type into a search box ("batch norm vs layer norm", "LR schedule", "SVM"),
/// so that word search also finds questions written in full. An ambiguous abbreviation is read from the other
/// words of the query ("LR" is a learning rate beside "schedule", logistic regression beside "classifier").
/// </summary>
public static class QueryExpansion
{
    private static readonly Dictionary<string, string> Plain = new(StringComparer.Ordinal)
    {
        ["norm"] = "normalization",
        ["regularisation"] = "regularization",
        ["normalisation"] = "normalization",
        ["hyperparam"] = "hyperparameter",
        ["hyperparams"] = "hyperparameters",
        ["params"] = "parameters",
        ["perf"] = "performance",
        ["eval"] = "evaluation",
        ["xgb"] = "xgboost",
        ["dl"] = "deep learning",
        ["ml"] = "machine learning",
        ["nn"] = "neural network",
    };

    private static readonly (string Abbreviation, string[] Context, string Meaning)[] Ambiguous =
    [
        ("lr", ["schedule", "scheduler", "decay", "warmup", "optimizer", "step", "adam", "sgd", "rate", "finder"], "learning rate"),
        ("lr", ["regression", "classifier", "logistic", "sigmoid", "odds", "coefficients", "classification"], "logistic regression"),
    ];

    // Canonical token → the phrase it stands for, from the linker's term lexicon ("svm" → "support vector machine").
    private static readonly Dictionary<string, string> Lexicon = TermLexicon.Phrases
        .Where(p => p.Key.Contains(' ', StringComparison.Ordinal))
        .GroupBy(p => p.Value, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    /// <summary>The query with abbreviations spelt out, or the query itself when it has none.</summary>
    public static string Expand(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = TextNormalizer.RawWords(query);
        var expanded = new List<string>(words.Count);
        var changed = false;
        foreach (var word in words)
        {
            var meaning = Meaning(word, words);
            changed |= meaning is not null;
            expanded.Add(meaning ?? word);
        }

        return changed ? string.Join(' ', expanded) : query;
    }

    private static string? Meaning(string word, List<string> query)
    {
        if (Plain.TryGetValue(word, out var plain))
        {
            return plain;
        }

        foreach (var (abbreviation, context, meaning) in Ambiguous)
        {
            if (word == abbreviation && query.Any(context.Contains))
            {
                return meaning;
            }
        }

        if (word == "lr")
        {
            return "learning rate";
        }

        return word.Length <= 5 && Lexicon.TryGetValue(word, out var phrase) ? phrase : null;
    }
}
