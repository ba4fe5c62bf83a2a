using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>The fit: choose the coverage threshold, fit both scorers, report cross-validated figures, write the model.</summary>
public static class Fitting
{
    private static readonly double[] Thresholds = [0.4, 0.5, 0.6, 0.7];

    // The shipped coverage threshold. The dev set's cross-validated r hardly moves between 0.4 and 0.7
    // (0.825-0.831), so the threshold is chosen for feedback: a key point counts as covered when one passage
    // of the answer says at least half of its weighted content. The other thresholds are still reported.
    private const double ShippedThreshold = 0.5;

    public static int Run(bool write)
    {
        var idf = IdfTable.Parse(File.ReadAllText(RepoPaths.IdfTable));
        var semeval = SemEvalSet.Load(RepoPaths.SemEval);
        var bank = BankQuestions.Load(RepoPaths.Content);
        IReadOnlyList<Example> dev = [.. RepoPaths.DevSets.SelectMany(p => DevSet.Load(p, bank))];
        Console.WriteLine($"SemEval: {semeval.Count} answers to {semeval.Select(e => e.Group).Distinct().Count()} questions; dev set: {dev.Count} answers to {dev.Select(e => e.Group).Distinct().Count()} questions");

        (double Threshold, double Quality, LinearScorer Reference, LinearScorer KeyPoints, Dictionary<string, string> Notes)? best = null;
        foreach (var threshold in Thresholds)
        {
            var sem = FeatureTable.Build(semeval, idf, threshold);
            var semCv = Trainer.CrossValidate(sem, null, _ => 1.0);
            var labels = sem.Examples.Select(e => e.Target > 0.5).ToList();
            var notes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["semevalCv"] = $"{Trainer.Folds}-fold by question: accuracy {Metrics.Accuracy(semCv, labels):F3}, AUC {Metrics.Auc(semCv, labels):F3}, r {Metrics.Pearson(semCv, [.. sem.Examples.Select(e => e.Target)]):F3}",
            };
            foreach (var corpus in new[] { "beetle", "sciEntsBank" })
            {
                var idx = Enumerable.Range(0, sem.Count).Where(i => sem.Examples[i].Source == corpus).ToList();
                notes[$"semevalCv.{corpus}"] = $"accuracy {Metrics.Accuracy([.. idx.Select(i => semCv[i])], [.. idx.Select(i => labels[i])]):F3}, AUC {Metrics.Auc([.. idx.Select(i => semCv[i])], [.. idx.Select(i => labels[i])]):F3}";
            }

            var reference = Trainer.Fit(sem, _ => 1.0);
            var keyPoints = reference;
            var quality = Metrics.Auc(semCv, labels);
            if (dev.Count > 0)
            {
                // The batch path on other data: the dev set's answers against the bank's reference answer alone.
                var referenceOnly = FeatureTable.Build([.. dev.Select(e => e with { Requests = [.. e.Requests.Select(r => r with { KeyPoints = [] })] })], idf, threshold);
                notes["devset.referenceOnly"] = DevSummary(referenceOnly, [.. Trainer.Predict(referenceOnly, reference).Select(p => 5 * p)], [.. referenceOnly.Examples.Select(e => e.Target * 5)]);
                var devTable = FeatureTable.Build(dev, idf, threshold);
                var human = devTable.Examples.Select(e => e.Target * 5).ToList();
                var fromSemEval = Trainer.Predict(devTable, reference);
                var devOnly = Trainer.CrossValidate(devTable, null, _ => 1.0);
                var devWeight = sem.Count / (double)devTable.Count;
                var joint = Trainer.CrossValidate(devTable, sem, e => e.Source == "devset" ? devWeight : 1.0);
                var options = new (string Name, double[] Predictions, Func<LinearScorer> Fit)[]
                {
                    ("semeval-only", fromSemEval, () => reference),
                    ("devset-only", devOnly, () => Trainer.Fit(devTable, _ => 1.0)),
                    ("joint", joint, () => Trainer.Fit(FeatureTable.Concat(devTable, sem), e => e.Source == "devset" ? devWeight : 1.0)),
                };
                foreach (var (name, predictions, _) in options)
                {
                    notes[$"devset.{name}"] = DevSummary(devTable, [.. predictions.Select(p => 5 * p)], human);
                }

                var chosen = options.MaxBy(o => Metrics.Pearson([.. o.Predictions], human));
                keyPoints = chosen.Fit();
                quality = Metrics.Pearson([.. chosen.Predictions], human);
                notes["keyPointsScorer"] = chosen.Name;
            }

            Console.WriteLine($"threshold {threshold:F2}:");
            foreach (var (key, value) in notes)
            {
                Console.WriteLine($"  {key}: {value}");
            }

            if (threshold == ShippedThreshold)
            {
                best = (threshold, quality, reference, keyPoints, notes);
            }
        }

        var model = new GradingModel(best!.Value.Threshold, best.Value.KeyPoints, best.Value.Reference);
        Console.WriteLine($"chosen threshold {best.Value.Threshold:F2}");
        Console.WriteLine($"  reference scorer: {Describe(model.Reference)}");
        Console.WriteLine($"  key-point scorer: {Describe(model.KeyPoints)}");
        if (write)
        {
            File.WriteAllText(RepoPaths.Model, model.ToJson(best.Value.Notes));
            Console.WriteLine($"wrote {Path.GetRelativePath(RepoPaths.Root, RepoPaths.Model)}");
        }

        return 0;
    }

    public static int Report()
    {
        var grader = LexicalGrader.Default;
        var semeval = SemEvalSet.Load(RepoPaths.SemEval);
        var scores = semeval.Select(e => e.Requests.Max(r => grader.Grade(r).Score)).ToList();
        var labels = semeval.Select(e => e.Target > 0.5).ToList();
        Console.WriteLine($"shipped model on SemEval (in-sample): accuracy {Metrics.Accuracy([.. scores.Select(s => s / 5)], labels):F3}, AUC {Metrics.Auc(scores, labels):F3}");
        if (File.Exists(RepoPaths.DevSet))
        {
            var bank = BankQuestions.Load(RepoPaths.Content);
            var dev = RepoPaths.DevSets.SelectMany(p => DevSet.Load(p, bank)).ToList();
            var predicted = dev.Select(e => grader.Grade(e.Requests[0]).Score).ToList();
            var human = dev.Select(e => e.Target * 5).ToList();
            var table = FeatureTable.Build(dev, grader.Idf, grader.Model.CoverageThreshold);
            Console.WriteLine($"shipped model on the dev set: {DevSummary(table, predicted, human)}");

            // The batch path: the same answers against the reference answer alone, units derived from it.
            var referenceOnly = dev.Select(e => grader.Grade(e.Requests[0] with { KeyPoints = [] }).Score).ToList();
            Console.WriteLine($"shipped model on the dev set without key points (reference scorer): {DevSummary(table, referenceOnly, human)}");
        }

        return 0;
    }

    public static int Dump(string path)
    {
        var idf = IdfTable.Parse(File.ReadAllText(RepoPaths.IdfTable));
        var dev = DevSet.Load(RepoPaths.DevSet, BankQuestions.Load(RepoPaths.Content));
        var table = FeatureTable.Build(dev, idf, GradingModel.Shipped.CoverageThreshold);
        var lines = new List<string> { "group\thuman\t" + string.Join('\t', GradingFeatures.Names) };
        lines.AddRange(Enumerable.Range(0, table.Count).Select(i =>
            $"{table.Examples[i].Group}\t{5 * table.Examples[i].Target}\t{string.Join('\t', table.Features[i].Select(f => f.ToString("F4")))}"));
        File.WriteAllLines(path, lines);
        return 0;
    }

    public static int Explain(string question)
    {
        var idf = IdfTable.Parse(File.ReadAllText(RepoPaths.IdfTable));
        var dev = DevSet.Load(RepoPaths.DevSet, BankQuestions.Load(RepoPaths.Content)).Where(e => e.Group == question).ToList();
        var placeholder = new LinearScorer(0, new double[GradingFeatures.Names.Count]);
        var grader = new LexicalGrader(new GradingModel(GradingModel.Shipped.CoverageThreshold, placeholder, placeholder), idf);
        foreach (var e in dev)
        {
            var request = e.Requests[0];
            var analysis = grader.Analyze(request);
            Console.WriteLine($"human {5 * e.Target:F1}: {request.Answer}");
            Console.WriteLine($"  subjects: {string.Join(' ', analysis.Subjects)}; answer: {string.Join(' ', GradingTokenizer.Tokenize(request.Answer, idf).Select(t => (t.Negated ? "!" : string.Empty) + t.Key + "/" + t.Sentence))}");
            Console.WriteLine($"  {string.Join(' ', GradingFeatures.Names.Zip(analysis.Features.ToVector(), (n, v) => $"{n}={v:F2}"))}");
            foreach (var u in analysis.Units)
            {
                var span = u.Length > 0 ? request.Answer.Substring(u.Start, u.Length) : string.Empty;
                Console.WriteLine($"  [{(u.Covered ? 'x' : ' ')}] cov {u.Coverage:F2} contra {u.Contradiction:F2} swap {u.Swap:F2} | {u.Text} || {span}");
            }
        }

        return 0;
    }

    public static int Errors(int count)
    {
        var idf = IdfTable.Parse(File.ReadAllText(RepoPaths.IdfTable));
        var dev = DevSet.Load(RepoPaths.DevSet, BankQuestions.Load(RepoPaths.Content));
        var threshold = GradingModel.Shipped.CoverageThreshold;
        var table = FeatureTable.Build(dev, idf, threshold);
        var predicted = Trainer.CrossValidate(table, null, _ => 1.0).Select(p => 5 * p).ToList();
        Console.WriteLine(string.Join(' ', GradingFeatures.Names));
        foreach (var i in Enumerable.Range(0, table.Count).OrderByDescending(i => Math.Abs(predicted[i] - (5 * table.Examples[i].Target))).Take(count))
        {
            var e = table.Examples[i];
            Console.WriteLine($"{e.Group} human {5 * e.Target:F1} predicted {predicted[i]:F2} | {string.Join(' ', table.Features[i].Select(f => f.ToString("F2")))}");
            Console.WriteLine($"    {e.Requests[0].Answer}");
        }

        return 0;
    }

    /// <summary>r, RMSE and the ordering check: per question, every wrong answer (≤ 1) below every excellent one (≥ 4.5).</summary>
    public static string DevSummary(FeatureTable table, IReadOnlyList<double> predicted, IReadOnlyList<double> human)
    {
        var rounded = predicted.Select(LexicalGrader.Round).ToList();
        var violations = 0;
        foreach (var group in Enumerable.Range(0, table.Count).GroupBy(i => table.Examples[i].Group))
        {
            var wrong = group.Where(i => human[i] <= 1).Select(i => rounded[i]).DefaultIfEmpty(double.NegativeInfinity).Max();
            var excellent = group.Where(i => human[i] >= 4.5).Select(i => rounded[i]).DefaultIfEmpty(double.PositiveInfinity).Min();
            violations += wrong >= excellent ? 1 : 0;
        }

        return $"r {Metrics.Pearson(rounded, human):F3}, RMSE {Metrics.Rmse(rounded, human):F2}, questions failing the ordering check {violations}";
    }

    private static string Describe(LinearScorer scorer) =>
        $"bias {scorer.Bias:F2}; " + string.Join(", ", GradingFeatures.Names.Select((n, i) => $"{n} {scorer.Weights[i]:F2}"));
}
