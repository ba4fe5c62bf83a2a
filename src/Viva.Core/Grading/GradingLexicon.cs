using Viva.Core.Linking;

namespace Viva.Core.Grading;

/// <summary>
/// The terms the grader joins into one token: every phrase of <see cref="TermLexicon"/> (shared with
/// duplicate linking), plus the shorthand people type in answers but do not put in questions
/// ("lr", "params", "CI"), each mapped to the key of the full term.
/// </summary>
public static class GradingLexicon
{
    // Multi-word terms and their abbreviations, all sharing one key.
    private static readonly (string Phrase, string Key)[] Terms =
    [
        ("learning rate", "lr"), ("learning rates", "lr"), ("lr", "lr"),
        ("exponential moving average", "ema"), ("exponentially weighted average", "ema"), ("ema", "ema"),
        ("confidence interval", "ci"), ("confidence intervals", "ci"), ("ci", "ci"), ("cis", "ci"),
        ("standard deviation", "std"), ("standard deviations", "std"), ("std", "std"), ("stdev", "std"), ("stddev", "std"),
        ("standard error", "stderror"), ("standard errors", "stderror"),
        ("hyper parameter", "hyperparameter"), ("hyper parameters", "hyperparameter"), ("hyperparameter", "hyperparameter"),
        ("hyperparameters", "hyperparameter"), ("hyperparam", "hyperparameter"), ("hyperparams", "hyperparameter"),
        ("time complexity", "timecomplexity"), ("big o", "bigo"),
        ("one vs rest", "ovr"), ("one versus rest", "ovr"), ("one vs all", "ovr"), ("one versus all", "ovr"), ("ovr", "ovr"), ("ova", "ovr"),
        ("one vs one", "ovo"), ("one versus one", "ovo"), ("ovo", "ovo"),
        ("last in first out", "lifo"), ("lifo", "lifo"), ("first in first out", "fifo"), ("fifo", "fifo"),
        ("step size", "lr"), ("step sizes", "lr"),
        ("precision recall curve", "prcurve"), ("precision recall curves", "prcurve"), ("pr curve", "prcurve"), ("pr curves", "prcurve"),
        ("cumulative distribution", "cdf"), ("cumulative distributions", "cdf"), ("cumulative distribution function", "cdf"), ("cdf", "cdf"),
        ("mini batch", "minibatch"), ("mini batches", "minibatch"), ("minibatches", "minibatch"),
        ("change data capture", "cdc"), ("cdc", "cdc"),
        ("nearest neighbours", "knn"), ("nearest neighbour", "knn"),
        ("half precision", "fp16"), ("16 bit", "fp16"), ("fp16", "fp16"), ("float16", "fp16"),
        ("single precision", "fp32"), ("full precision", "fp32"), ("32 bit", "fp32"), ("fp32", "fp32"), ("float32", "fp32"),
        ("squared error", "mse"), ("squared loss", "mse"), ("absolute error", "mae"), ("absolute loss", "mae"),
    ];

    // Everyday phrases for a term, mapped to the word whose key they share.
    private static readonly (string Phrase, string Word)[] Phrasings =
    [
        ("ground truth", "labels"), ("test time", "inference"), ("inference time", "inference"), ("prediction time", "inference"),
        ("switch off", "disable"), ("switches off", "disable"), ("switched off", "disable"), ("turn off", "disable"),
        ("turns off", "disable"), ("turned off", "disable"), ("one after another", "sequentially"), ("one after the other", "sequentially"),
        ("right away", "immediately"), ("straight away", "immediately"), ("blow up", "explode"), ("blows up", "explode"),
        ("blew up", "explode"), ("blowing up", "explode"), ("next to each other", "contiguous"), ("no matter", "regardless"),
        ("doesnt matter", "regardless"), ("does not matter", "regardless"), ("dont matter", "regardless"), ("irrespective of", "regardless"),
        ("throw away", "discard"), ("throws away", "discard"), ("thrown away", "discard"), ("throwing away", "discard"), ("threw away", "discard"),
    ];

    // Terms the linking lexicon joins more coarsely than grading can afford: for linking, "false positive" asks
    // about a Type I error; in an answer, "a Type I error is a false positive" says two different things.
    private static readonly (string Phrase, string Key)[] Overrides =
    [
        ("false positive", "falsepositive"), ("false positives", "falsepositive"), ("false negative", "falsenegative"),
        ("false negatives", "falsenegative"), ("false alarm", "falsepositive"), ("false alarms", "falsepositive"),
    ];

    // Single-word shorthand and the word it stands for.
    private static readonly (string Short, string Word)[] Abbreviations =
    [
        ("param", "parameter"), ("params", "parameters"), ("fn", "function"), ("func", "function"), ("funcs", "functions"),
        ("dist", "distribution"), ("distr", "distribution"), ("bwd", "backward"), ("fwd", "forward"), ("vec", "vector"),
        ("vecs", "vectors"), ("dim", "dimension"), ("dims", "dimensions"), ("init", "initialization"), ("avg", "average"),
        ("approx", "approximately"), ("info", "information"), ("prob", "probability"), ("probs", "probabilities"),
        ("obs", "observations"), ("seq", "sequence"), ("seqs", "sequences"), ("num", "number"), ("config", "configuration"),
        ("eval", "evaluation"), ("impl", "implementation"), ("perf", "performance"), ("mem", "memory"), ("calc", "calculate"),
        ("diff", "difference"), ("corr", "correlation"), ("cov", "covariance"), ("reg", "regularization"), ("grad", "gradient"),
        ("grads", "gradients"), ("feat", "feature"), ("feats", "features"), ("img", "image"), ("imgs", "images"),
        ("clf", "classifier"), ("pred", "prediction"), ("preds", "predictions"), ("tok", "token"), ("toks", "tokens"),
        ("emb", "embedding"), ("embs", "embeddings"), ("attn", "attention"), ("enc", "encoder"), ("dec", "decoder"),
        ("conv", "convolution"), ("convs", "convolutions"), ("addr", "addressing"), ("var", "variance"), ("freq", "frequency"),
        ("doc", "document"), ("docs", "documents"), ("stats", "statistics"), ("stat", "statistic"), ("algo", "algorithm"),
        ("algos", "algorithms"), ("arch", "architecture"), ("env", "environment"), ("db", "database"), ("dbs", "databases"),
        ("auth", "authentication"), ("repo", "repository"), ("dev", "development"), ("prod", "production"), ("net", "network"),
        ("nets", "networks"),
        ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("ten", "10"), ("half", "0.5"), ("twice", "2"),
        ("halve", "0.5"), ("halves", "0.5"), ("halved", "0.5"), ("halving", "0.5"),
    ];

    private static readonly Dictionary<string, string> All = Build();

    /// <summary>Phrase (lower case, words separated by one space) → key.</summary>
    public static IReadOnlyDictionary<string, string> Phrases => All;

    /// <summary>For each word that starts a phrase, the most words a phrase starting with it has.</summary>
    public static IReadOnlyDictionary<string, int> LongestPhraseFrom { get; } = All.Keys
        .GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);

    internal static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup => All.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> Build()
    {
        var all = new Dictionary<string, string>(TermLexicon.Phrases, StringComparer.Ordinal);
        foreach (var (phrase, key) in Terms)
        {
            all.TryAdd(phrase, key);
        }

        foreach (var (phrase, key) in Overrides)
        {
            all[phrase] = key;
        }

        foreach (var (phrase, word) in Phrasings)
        {
            all.TryAdd(phrase, PorterStemmer.Stem(word));
        }

        foreach (var (shorthand, word) in Abbreviations)
        {
            all.TryAdd(shorthand, char.IsAsciiDigit(word[0]) ? word : PorterStemmer.Stem(word));
        }

        return all;
    }
}
