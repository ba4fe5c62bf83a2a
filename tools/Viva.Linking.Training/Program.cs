using System.Globalization;
using Viva.Linking.Training;

// Measures and fits the duplicate linker.
//   gold PROBE JUDGEMENTS OUT  write the full answer key from a probe table and judgements of its disagreements
//   fit [--write]  fit the meaning-aware linker's two scorers, print held-out figures, and with --write ship them
//   mark           run the shipped linker on the seeds and mark which answer-key rows it links right
//   probe          every seed question: the hand map, the linker's choice and the nearest curated questions by meaning
//   search [--words] [--misses] [--probes FILE]  hybrid search over the curated bank measured on tests/fixtures/search/probes.tsv
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var command = args.FirstOrDefault() ?? "probe";
switch (command)
{
    case "probe":
        return Probe.Run(args.Length > 1 ? args[1] : "/tmp/probe.tsv");
    case "fit":
        return Fitting.Run(write: args.Contains("--write"));
    case "mark":
        return Marking.Run();
    case "gold":
        return GoldBuilder.Run(args[1], args[2], args[3]);
    case "search":
        try
        {
            return await SearchCommand.RunAsync(args);
        }
        catch (FileNotFoundException missing)
        {
            Console.Error.WriteLine($"search: {missing.Message}");
            return 2;
        }
    case "pairs":
        return PairCandidates.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
    default:
        Console.Error.WriteLine($"unknown command '{command}'");
        return 2;
}
