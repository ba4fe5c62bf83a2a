namespace Viva.Core.Grading;

/// <summary>
/// Words that say the same thing in an answer ("weights" and "coefficients", "shrink" and "reduce"),
/// and words that say the opposite ("increase" and "decrease"). Abbreviations and multi-word terms
/// (ReLU, SGD, PCA…) are joined earlier, by <see cref="Linking.TermLexicon"/>; this table holds single
/// words, general English first and then ML usage. Entries are stemmed once, when the table loads.
/// </summary>
public static class SynonymLexicon
{
    private static readonly string[][] Groups =
    [
        // General English.
        ["big", "large", "huge", "great", "bigger", "larger"],
        ["small", "little", "tiny", "smaller"],
        ["increase", "raise", "grow", "rise", "enlarge", "climb", "ramp"],
        ["decrease", "reduce", "lower", "shrink", "decline", "diminish", "lessen", "cut", "drop", "fall"],
        ["fast", "quick", "rapid", "faster", "quicker", "speedy"],
        ["slow", "slower", "slowly", "sluggish"],
        ["largest", "biggest", "greatest"],
        ["begin", "start", "commence"],
        ["end", "finish", "terminate"],
        ["remove", "delete", "eliminate", "discard", "erase", "lose"],
        ["add", "insert", "append"],
        ["find", "search", "locate", "look"],
        ["store", "save", "keep", "hold", "held", "retain"],
        ["use", "utilize", "utilise", "employ", "apply"],
        ["create", "make", "build", "construct", "generate", "produce"],
        ["error", "mistake"],
        ["correct", "right", "accurate"],
        ["wrong", "incorrect", "erroneous"],
        ["same", "identical", "equal", "equivalent"],
        ["zero", "0"],
        ["different", "distinct", "dissimilar"],
        ["reliable", "dependable", "trustworthy"],
        ["perfect", "perfectly", "flawless", "flawlessly"],
        ["whole", "entire", "complete", "full", "total"],
        ["many", "multiple", "several", "numerous"],
        ["combine", "merge", "join", "concatenate"],
        ["split", "divide", "partition", "separate"],
        ["choose", "select", "pick"],
        ["compute", "calculate", "computation", "calculation"],
        ["need", "require", "necessary"],
        ["show", "display", "indicate"],
        ["allow", "enable", "let", "permit"],
        ["avoid", "prevent"],
        ["change", "modify", "alter", "update"],
        ["element", "item", "entry"],
        ["memory", "storage"],
        ["cost", "expense", "expensive", "costly"],
        ["important", "crucial", "essential", "critical"],
        ["similar", "alike"],
        ["give", "return", "yield"],
        ["measure", "quantify", "metric"],
        ["sharp", "sharpen", "sharper", "peaked", "peaky"],
        ["dependent", "correlated"],
        ["flat", "flatten", "flatter"],
        ["run", "execute"],
        ["immediately", "instantly", "instantaneously"],
        ["gradual", "gradually", "progressive", "progressively", "incremental", "incrementally"],
        ["fastest", "quickest", "steepest"],
        ["approximately", "roughly"],
        ["tolerate", "cope", "handle", "withstand"],
        ["influence", "affect", "impact", "sway"],
        ["robust", "resilient", "resistant"],
        ["feasible", "practical", "tractable", "viable"],
        ["disable", "deactivate"],
        ["oscillate", "oscillation", "bounce", "fluctuate", "zigzag"],
        ["spread", "dispersion"],
        ["hurt", "harm", "damage", "corrupt"],

        // Machine learning.
        ["weight", "parameter", "coefficient"],
        ["feature", "attribute", "predictor", "covariate"],
        ["sample", "instance", "observation", "datapoint"],
        ["label", "target"],
        ["loss", "cost", "objective"],
        ["train", "fit", "learn", "training"],
        ["dataset", "data"],
        ["class", "category"],
        ["sequential", "sequentially", "serial", "successive", "consecutive"],
        ["predict", "forecast", "prediction"],
        ["neuron", "unit", "node"],
        ["overfit", "overfitting", "memorize", "memorise"],
        ["generalize", "generalise", "generalization", "generalisation"],
        ["accuracy", "performance"],
        ["noise", "noisy", "jitter", "jittery"],
        ["average", "mean"],
        ["backtrack", "revisit"],
        ["penalty", "penalize", "penalise", "regularize", "regularise"],
        ["orthogonal", "perpendicular"],
        ["focus", "concentrate", "emphasize", "emphasise"],
        ["next", "following", "subsequent"],
        ["dominate", "swamp", "overwhelm"],
        ["easy", "trivial"],
        ["step", "iteration"],
        ["fake", "synthetic"],
    ];

    private static readonly (string A, string B)[] Pairs =
    [
        ("increase", "decrease"), ("big", "small"), ("high", "low"), ("higher", "lower"), ("more", "less"), ("more", "fewer"),
        ("before", "after"), ("first", "last"), ("positive", "negative"), ("true", "false"), ("maximum", "minimum"),
        ("max", "min"), ("above", "below"), ("inside", "outside"), ("top", "bottom"), ("long", "short"), ("easy", "hard"),
        ("simple", "complex"), ("fast", "slow"), ("open", "closed"), ("include", "exclude"), ("accept", "reject"),
        ("same", "different"), ("add", "remove"), ("convex", "concave"), ("sparse", "dense"),
        ("shallow", "deep"), ("overfit", "underfit"), ("overfitting", "underfitting"), ("strong", "weak"),
        ("always", "sometimes"), ("supervised", "unsupervised"), ("continuous", "discrete"), ("upper", "lower"),
        ("parallel", "sequential"), ("independently", "sequentially"), ("most", "least"), ("rare", "common"),
        ("random", "deterministic"), ("online", "offline"), ("static", "dynamic"), ("underestimate", "overestimate"), ("up", "down"),
        ("lazy", "eager"), ("local", "global"), ("explicit", "implicit"), ("narrow", "wide"),
        ("minimize", "maximize"), ("minimise", "maximise"), ("tight", "loose"), ("linear", "quadratic"), ("linear", "exponential"),
        ("calibrated", "miscalibrated"), ("stable", "unstable"), ("biased", "unbiased"), ("early", "late"), ("strict", "lenient"),
        ("better", "worse"), ("good", "bad"), ("allow", "forbid"), ("unique", "duplicate"), ("weaker", "stronger"),

        // Superlatives and comparatives the stemmer keeps apart from their base word.
        ("largest", "smallest"), ("highest", "lowest"), ("fastest", "slowest"), ("best", "worst"), ("greater", "smaller"),
        ("earlier", "later"), ("earliest", "latest"), ("before", "afterwards"), ("few", "many"), ("rare", "frequent"),
        ("low", "higher"), ("high", "lower"), ("narrow", "wider"), ("wide", "narrower"), ("wider", "narrower"),

        // Directions said of the same quantity ("scales poorly" and "scales easily"); "up" and "down" are left out, as "end up"
        // and "break down" say no direction.
        ("poor", "good"), ("poorly", "well"), ("poorly", "easily"), ("poor", "better"), ("poorly", "better"),
        ("excellent", "poor"), ("excellent", "worst"), ("excellent", "bad"),

        // Relations an answer can reverse without a negation.
        ("ignore", "capture"), ("ignore", "consider"), ("ignore", "account"), ("help", "hurt"), ("improve", "degrade"),
        ("improve", "worsen"), ("encourage", "discourage"), ("ascent", "descent"), ("ascending", "descending"),
        ("overflow", "underflow"), ("upsample", "downsample"), ("stochastic", "deterministic"), ("lossy", "lossless"),
        ("synchronous", "asynchronous"), ("symmetric", "asymmetric"), ("mandatory", "optional"), ("dependent", "independent"),
        ("eager", "deferred"), ("stateful", "stateless"), ("private", "public"), ("sharp", "flat"), ("amplify", "dampen"), ("amplify", "damp"), ("converge", "diverge"),
        ("rise", "fall"), ("help", "harm"), ("quickly", "slowly"), ("strengthen", "weaken"), ("vanish", "explode"),
        ("enable", "disable"), ("need", "optional"), ("parallel", "serial"),

        // Qualities an answer can give the other way round without a negator ("robust to label noise" for "sensitive to
        // noisy labels", "approximate" for "exact", "lists get longer" for "shorter").
        ("robust", "sensitive"), ("exact", "approximate"), ("exactly", "approximately"), ("smooth", "abrupt"),
        ("smoothly", "abruptly"), ("smoothly", "abrupt"), ("few", "more"), ("maximum", "minimise"), ("maximum", "minimize"),
        ("minimum", "maximise"), ("minimum", "maximize"), ("longer", "shorter"), ("longest", "shortest"), ("correlated", "independent"),
        ("begin", "end"), ("drop", "increase"), ("forget", "remember"), ("forgotten", "remember"), ("improve", "hurt"),
        ("improve", "harm"), ("succeed", "fail"), ("success", "failure"), ("correct", "wrong"), ("light", "heavy"),
        ("lighter", "heavier"), ("lightweight", "heavyweight"), ("friendly", "poor"),
        ("smooth", "oscillate"), ("smoothly", "oscillate"), ("lifo", "fifo"), ("immune", "vulnerable"), ("robust", "vulnerable"),
        ("reliable", "misleading"), ("static", "contextual"), ("push", "pull"), ("pushes", "pulls"),

        // Pairs of kinds an answer can give the other way round ("oversample the majority class").
        ("majority", "minority"), ("horizontal", "vertical"), ("horizontally", "vertically"),
        ("oversample", "undersample"), ("oversampling", "undersampling"), ("overconfident", "underconfident"), ("inner", "outer"),
        ("optimal", "suboptimal"), ("stabilise", "destabilise"), ("stabilize", "destabilize"),
    ];

    // Opposites whose synonyms are not opposite too: "cheap" against "expensive", but not against "cost", which shares
    // its group; "keep" against "discard", but not "hold" against "delete".
    private static readonly (string A, string B)[] WordPairs =
    [
        ("cheap", "expensive"), ("cheap", "costly"), ("cheaply", "expensively"), ("keep", "discard"), ("keep", "drop"), ("keep", "remove"),
        ("left", "right"), ("cpu", "gpu"), ("temporary", "permanent"), ("smooth", "jagged"),
        ("consistent", "different"), ("same", "separate"), ("miss", "find"), ("miss", "catch"),
        ("keep", "evict"), ("retain", "discard"), ("retain", "drop"), ("hold", "drop"), ("held", "drop"), ("cache", "discard"), ("store", "discard"),
        ("manual", "automatic"), ("manually", "automatically"), ("near", "far"), ("sum", "product"), ("additive", "multiplicative"),
        ("additively", "multiplicatively"), ("reduce", "worse"), ("reduce", "worsen"), ("close", "far"), ("add", "subtract"),
        ("added", "subtracted"),


        // Staying put against moving ("scores aren't stable across prompt formats" says they shift with the format).
        ("stable", "shift"), ("stable", "vary"), ("stable", "fluctuate"), ("constant", "vary"), ("constant", "fluctuate"),

        // Sizes said of the same quantity by either scale ("a higher learning rate" against "a smaller one"); not through
        // their synonyms, as "lower" also means "reduce" and "large" is "great".
        ("high", "small"), ("higher", "smaller"), ("highest", "smallest"), ("low", "large"), ("lower", "larger"), ("lowest", "largest"),
    ];

    // Kinds set against each other, opposite as names, not as directions: a key point may open with one ("MSE suits
    // real-valued data") as the thing it is about.
    private static readonly (string A, string B)[] KindPairs =
    [
        // Kinds of mean, one of which a definition names ("the harmonic mean of precision and recall").
        ("arithmetic", "harmonic"), ("arithmetic", "geometric"), ("harmonic", "geometric"),

        // Losses a definition names one of ("the MSE between true and predicted noise").
        ("mse", "entropy"),
    ];

    private static readonly HashSet<string> Kinds = KindPairs.SelectMany(p => new[] { p.A, p.B }).Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, int> GroupOf = BuildGroups();
    private static readonly Dictionary<string, List<string>> OppositeStems = BuildOpposites();

    /// <summary>The synonym group of a stemmed word, or -1 when it belongs to none.</summary>
    public static int Group(string stem) => GroupOf.GetValueOrDefault(stem, -1);

    /// <summary>True when two stemmed words mean opposite things ("increas" and "decreas").</summary>
    public static bool AreOpposite(string a, string b) => OppositeStems.TryGetValue(a, out var opposites) && opposites.Contains(b);

    /// <summary>True when the stemmed word names one of a set of kinds ("mse", "harmonic"), whose opposites are other kinds.</summary>
    public static bool NamesKind(string stem) => Kinds.Contains(stem);

    /// <summary>The stemmed words that mean the opposite of <paramref name="stem"/>.</summary>
    public static IReadOnlyList<string> Opposites(string stem) => OppositeStems.TryGetValue(stem, out var opposites) ? opposites : [];

    private static Dictionary<string, int> BuildGroups()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var word in Groups[g])
            {
                // A word listed twice ("cost") keeps its first group.
                groups.TryAdd(PorterStemmer.Stem(word), g);
            }
        }

        return groups;
    }

    private static Dictionary<string, List<string>> BuildOpposites()
    {
        // A pair of opposites makes their synonyms opposite too: "raise" against "lower" as "increase" against "decrease".
        var members = new Dictionary<int, List<string>>();
        foreach (var (stem, group) in GroupOf)
        {
            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = [];
            }

            list.Add(stem);
        }

        IEnumerable<string> WithSynonyms(string stem) =>
            GroupOf.TryGetValue(stem, out var group) ? members[group] : [stem];

        var opposites = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in Pairs)
        {
            foreach (var sa in WithSynonyms(PorterStemmer.Stem(a)))
            {
                foreach (var sb in WithSynonyms(PorterStemmer.Stem(b)))
                {
                    if (sa != sb)
                    {
                        Add(sa, sb);
                        Add(sb, sa);
                    }
                }
            }
        }

        foreach (var (a, b) in WordPairs.Concat(KindPairs))
        {
            Add(PorterStemmer.Stem(a), PorterStemmer.Stem(b));
            Add(PorterStemmer.Stem(b), PorterStemmer.Stem(a));
        }

        return opposites;

        void Add(string from, string to)
        {
            if (!opposites.TryGetValue(from, out var list))
            {
                opposites[from] = list = [];
            }

            if (!list.Contains(to))
            {
                list.Add(to);
            }
        }
    }
}
