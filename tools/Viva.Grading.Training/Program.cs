using System.Globalization;
using Viva.Core.Grading;
using Viva.Grading.Training;

// Fits and measures the lexical grader's model.
//   idf            relearn Grading/Data/bank-idf.tsv from content/
//   fit [--write]  fit the scorers, print cross-validated figures, and with --write ship the model
//   fit-hybrid [--write]  fit the hybrid (words and meaning) grader's decision and scorers
//   fit-hybrid --key-points  only the per-key-point verdict and the held-out probes (fast, writes nothing)
//   report         measure the shipped model on SemEval and the dev set
//   errors [N]     the N dev-set answers the cross-validated key-point scorer gets most wrong, with their features
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var command = args.FirstOrDefault() ?? "fit";
switch (command)
{
    case "idf":
        {
            var bank = BankQuestions.Load(RepoPaths.Content);
            var table = IdfTable.Build(bank.Select(BankQuestions.Document));
            File.WriteAllText(RepoPaths.IdfTable, table.ToTsv());
            Console.WriteLine($"idf: {table.Count} keys from {table.Documents} curated questions → {Path.GetRelativePath(RepoPaths.Root, RepoPaths.IdfTable)}");
            return 0;
        }

    case "fit":
        return Fitting.Run(write: args.Contains("--write"));

    case "fit-hybrid":
        return HybridFitting.Run(write: args.Contains("--write"), keyPointsOnly: args.Contains("--key-points"));

    case "explain-answer":
        return HybridFitting.Explain(args[1], args[2]);

    case "report":
        return Fitting.Report();

    case "dump":
        return Fitting.Dump(args[1]);

    case "explain":
        return Fitting.Explain(args[1]);

    case "errors":
        return Fitting.Errors(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40);

    default:
        Console.Error.WriteLine($"unknown command '{command}': use idf, fit [--write] or report");
        return 2;
}
