using System.Text;

namespace Viva.Linking.Training;

/// <summary>
/// Writes the full seed-to-curated answer key from a probe table: the hand map where it speaks, a judgement
/// where the lexical linker and the nearest question by meaning disagree, and their common choice elsewhere.
/// </summary>
public static class GoldBuilder
{
    public static int Run(string probe, string judgements, string output)
    {
        var judged = File.ReadAllLines(judgements).Where(l => l.Length > 0).Select(l => l.Split(' ', 2))
            .ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => p[1]);
        var builder = new StringBuilder("source\tline\tcurated\tquestion\n");
        var rows = File.ReadAllLines(probe).Skip(1).Select(l => l.Split('\t')).ToList();
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var ids = row[3].Length > 0 ? row[3]
                : judged.TryGetValue(k + 1, out var j) ? j switch { "L" => row[4], "N" => row[5], _ => j }
                : row[4] == row[5] ? row[4]
                : throw new InvalidOperationException($"row {k + 1} is unjudged: {row[2]}");
            var text = row[2].Length > 90 ? row[2][..90] + "…" : row[2];
            builder.Append(row[0]).Append('\t').Append(row[1]).Append('\t').Append(ids).Append('\t').Append(text).Append('\n');
        }

        File.WriteAllText(output, builder.ToString());
        Console.WriteLine($"{rows.Count} seed questions → {output}");
        return 0;
    }
}
