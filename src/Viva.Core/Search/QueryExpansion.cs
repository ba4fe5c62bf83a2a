using Viva.Core.Linking;

namespace Viva.Core.Search;

/// <summary>
/// Reads a query the way a search box receives it: spells out the abbreviations people type ("batch norm vs layer
/// norm", "LR schedule", "SVM"), so that word search also finds questions written in full, and keeps only the words
/// that say what is asked ("what is the difference between …" says nothing a question's words must match). An
/// ambiguous abbreviation is read from the other words of the query ("LR" is a learning rate beside "schedule",
/// logistic regression beside "classifier").
/// </summary>
public static class QueryExpansion
{
    private static readonly Dictionary<string, string> Plain = new(StringComparer.Ordinal)
    {
        ["norm"] = "normalization",
        ["regularisation"] = "regularization",
        ["normalisation"] = "normalization",
        ["standardisation"] = "standardization",
        ["lemmatisation"] = "lemmatization",
        ["optimiser"] = "optimizer",
        ["optimisers"] = "optimizers",
        ["quantisation"] = "quantization",
        ["initialisation"] = "initialization",
        ["initialise"] = "initialize",
        ["init"] = "initialization",
        ["hyperparam"] = "hyperparameter",
        ["hyperparams"] = "hyperparameters",
        ["params"] = "parameters",
        ["perf"] = "performance",
        ["eval"] = "evaluation",
        ["xgb"] = "xgboost",
        ["dl"] = "deep learning",
        ["ml"] = "machine learning",
        ["nn"] = "neural network",
        ["bn"] = "batch normalization",
        ["batchnorm"] = "batch normalization",
        ["ln"] = "layer normalization",
        ["layernorm"] = "layer normalization",
        ["gn"] = "group normalization",
        ["rf"] = "random forest",
        ["gbm"] = "gradient boosting",
        ["gbdt"] = "gradient boosted decision trees",
        ["gbt"] = "gradient boosted trees",
        ["kv"] = "key value",
        ["moe"] = "mixture of experts",
        ["gqa"] = "grouped query attention",
        ["mqa"] = "multi query attention",
        ["rope"] = "rotary positional embedding",
        ["ssm"] = "state space model",
        ["llm"] = "large language model",
        ["llms"] = "large language models",
        ["vlm"] = "vision language model",
        ["rag"] = "retrieval augmented generation",
        ["sft"] = "supervised fine tuning",
        ["dpo"] = "direct preference optimization",
        ["ppo"] = "proximal policy optimization",
        ["grpo"] = "group relative policy optimization",
        ["rlhf"] = "reinforcement learning from human feedback",
        ["peft"] = "parameter efficient fine tuning",
        ["cot"] = "chain of thought",
        ["icl"] = "in context learning",
        ["ttft"] = "time to first token",
        ["vram"] = "gpu memory",
        ["hnsw"] = "hierarchical navigable small world",
        ["rrf"] = "reciprocal rank fusion",
        ["pq"] = "product quantization",
        ["kmeans"] = "k means",
        ["tsne"] = "t sne",
        ["tfidf"] = "tf idf",
        ["bow"] = "bag of words",
        ["ner"] = "named entity recognition",
        ["nlp"] = "natural language processing",
        ["vit"] = "vision transformer",
        ["gnn"] = "graph neural network",
        ["gcn"] = "graph convolutional network",
        ["mlp"] = "multilayer perceptron",
        ["sgd"] = "stochastic gradient descent",
        ["mle"] = "maximum likelihood estimation",
        ["em"] = "expectation maximization",
        ["kl"] = "kullback leibler divergence",
        ["iqr"] = "interquartile range",
        ["clt"] = "central limit theorem",
        ["dqn"] = "deep q network",
        ["rl"] = "reinforcement learning",
        ["ctr"] = "click through rate",
        ["eta"] = "estimated time of arrival",
        ["ddpm"] = "denoising diffusion probabilistic model",
        ["ddim"] = "denoising diffusion implicit model",
        ["dit"] = "diffusion transformer",
        ["nas"] = "neural architecture search",
        ["ood"] = "out of distribution",
        ["kd"] = "knowledge distillation",
        ["bfs"] = "breadth first search",
        ["dfs"] = "depth first search",
        ["bst"] = "binary search tree",
        ["lru"] = "least recently used",
        ["vm"] = "virtual machine",
        ["vms"] = "virtual machines",
        ["k8s"] = "kubernetes",
        ["iou"] = "intersection over union",
        ["nms"] = "non maximum suppression",
        ["mcmc"] = "markov chain monte carlo",
        ["gmm"] = "gaussian mixture model",
        ["hmm"] = "hidden markov model",
        ["psi"] = "population stability index",
        ["tpr"] = "true positive rate",
        ["fpr"] = "false positive rate",
        ["bce"] = "binary cross entropy",
        ["eda"] = "exploratory data analysis",
        ["etl"] = "extract transform load",
        ["ab"] = "a b",
        ["cicd"] = "continuous integration continuous delivery",

        // Names of penalised regressions that questions mostly ask about under their penalty's name.
        ["ridge"] = "ridge l2 regularization",
        ["lasso"] = "lasso l1 regularization",

        // Everyday words for making something quicker, which questions mostly phrase as speeding it up.
        ["faster"] = "faster speed up",
        ["quicker"] = "quicker speed up",
        ["speedup"] = "speed up",
    };

    private static readonly (string Abbreviation, string[] Context, string Meaning)[] Ambiguous =
    [
        ("lr", ["schedule", "scheduler", "decay", "warmup", "optimizer", "step", "adam", "sgd", "rate", "finder"], "learning rate"),
        ("lr", ["regression", "classifier", "logistic", "sigmoid", "odds", "coefficients", "classification"], "logistic regression"),
        ("ann", ["search", "index", "vector", "vectors", "exact", "hnsw", "faiss", "recall", "neighbour", "neighbor", "nearest", "database"], "approximate nearest neighbour"),
        ("cv", ["fold", "folds", "kfold", "k", "validation", "leakage", "split", "score"], "cross validation"),
        ("cv", ["image", "images", "vision", "pixel", "pixels", "camera", "video"], "computer vision"),
        ("ci", ["cd", "pipeline", "pipelines", "deploy", "deployment", "build", "tests", "devops"], "continuous integration"),
        ("cd", ["ci", "pipeline", "pipelines", "deploy", "deployment", "build", "devops"], "continuous delivery"),
        ("ci", ["confidence", "interval", "95", "mean", "bootstrap", "estimate"], "confidence interval"),
        ("dp", ["privacy", "private", "noise", "epsilon"], "differential privacy"),
        ("dp", ["recursion", "memoization", "subproblems", "algorithm", "knapsack", "coin"], "dynamic programming"),
        ("map", ["detection", "precision", "metric", "yolo", "recall", "ranking"], "mean average precision"),
    ];

    // Words that frame a question rather than say what it is about: question words, pronouns, "explain", "vs".
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "from", "into", "about",
        "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "can", "could", "would", "should",
        "will", "shall", "may", "might", "must", "what", "whats", "why", "how", "when", "where", "which", "who", "whom",
        "whose", "that", "this", "these", "those", "it", "its", "they", "them", "their", "theres", "you", "your", "we",
        "our", "us", "i", "im", "ive", "me", "my", "he", "she", "there", "here", "explain", "explained", "explaining",
        "describe", "define", "definition", "discuss", "tell", "please", "briefly", "simply", "actually",
        "exactly", "really", "just", "so", "vs", "versus", "v", "between", "difference", "differences", "differ",
        "compare", "comparison", "way", "ways", "thing", "things", "work", "works", "working",
        "use", "used", "using", "get", "gets", "got", "some", "any", "if", "then", "than", "other", "also",
        "need", "know", "understand", "eli5", "intuition", "intuitively", "example", "examples", "eg", "ie", "etc",
    };

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

    /// <summary>
    /// The words of <paramref name="query"/> that say what it asks, misspelt domain words corrected ("gradiant" →
    /// "gradient"), lower case and space-separated; empty when every word only frames the question.
    /// </summary>
    public static string Keywords(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join(' ', TextNormalizer.RawWords(query).Where(w => !Framing.Contains(w)).Select(SpellingRepair.Repair));
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
