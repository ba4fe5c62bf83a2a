using System.Globalization;
using System.Reflection;
using System.Text;

namespace Viva.Core.Grading;

/// <summary>
/// Inverse document frequencies of grading keys: a word most bank answers use ("model") weighs little,
/// a word few use ("heteroscedasticity") weighs a lot. The shipped table is learnt from the curated bank
/// (<c>Grading/Data/bank-idf.tsv</c>); words the bank never uses weigh as much as its rarest words.
/// </summary>
public sealed class IdfTable
{
    private const string ResourceName = "Viva.Core.Grading.Data.bank-idf.tsv";
    private static readonly Lazy<IdfTable> Shipped = new(LoadShipped);
    private readonly Dictionary<string, int> _frequency;
    private readonly float _unknown;

    private IdfTable(int documents, Dictionary<string, int> frequency)
    {
        Documents = documents;
        _frequency = frequency;
        _unknown = Idf(1);
    }

    /// <summary>The table learnt from the curated bank, shipped inside this assembly.</summary>
    public static IdfTable Bank => Shipped.Value;

    /// <summary>How many documents the table was learnt from.</summary>
    public int Documents { get; }

    /// <summary>How many distinct keys the table knows.</summary>
    public int Count => _frequency.Count;

    /// <summary>The weight of <paramref name="key"/>: <c>1 + ln((N + 1) / (df + 1))</c>, at least 1.</summary>
    public float Weight(string key) => _frequency.TryGetValue(key, out var df) ? Idf(df) : _unknown;

    /// <summary>How many documents use <paramref name="key"/>.</summary>
    public int Frequency(string key) => _frequency.GetValueOrDefault(key);

    /// <summary>True when some document of the table uses <paramref name="key"/>.</summary>
    public bool Knows(string key) => _frequency.ContainsKey(key);

    /// <summary>Learns a table from <paramref name="documents"/> (each a Markdown or plain text).</summary>
    public static IdfTable Build(IEnumerable<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var key in GradingTokenizer.Tokenize(PlainText.FromMarkdown(document)).Select(t => t.Key).Distinct(StringComparer.Ordinal))
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }

        return new IdfTable(count, frequency);
    }

    /// <summary>Reads a table written by <see cref="ToTsv"/>.</summary>
    /// <exception cref="FormatException">The text is not such a table.</exception>
    public static IdfTable Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var documents = -1;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"not an idf table line: '{line}'");
            }

            if (fields[0] == "#documents")
            {
                documents = value;
            }
            else
            {
                frequency[fields[0]] = value;
            }
        }

        return documents > 0 ? new IdfTable(documents, frequency) : throw new FormatException("the idf table has no #documents line");
    }

    /// <summary>The table as text: a <c>#documents</c> line, then one <c>key TAB df</c> line per key, sorted.</summary>
    public string ToTsv()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"#documents\t{Documents}\n");
        foreach (var (key, df) in _frequency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{key}\t{df}\n");
        }

        return builder.ToString();
    }

    private float Idf(int df) => 1f + MathF.Log((Documents + 1f) / (df + 1f));

    private static IdfTable LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from Viva.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
