using System.Text;

namespace Viva.Benchmarks;

/// <summary>Builds a large question document of mixed layouts with a fixed seed, so runs are comparable.</summary>
public static class GeneratedDocument
{
    private static readonly string[] Words =
    [
        "gradient", "dropout", "attention", "kernel", "margin", "entropy", "variance", "bias", "tree", "forest", "boosting",
        "embedding", "tokenizer", "pooling", "stride", "residual", "encoder", "decoder", "softmax", "sigmoid", "momentum",
        "batch", "epoch", "recall", "precision", "threshold", "cluster", "centroid", "eigenvector", "projection", "prior",
        "posterior", "likelihood", "sampling", "bootstrap", "ensemble", "regularization", "penalty", "feature", "label",
        "drift", "latency", "pipeline", "schema", "index", "partition", "shard", "replica", "cache", "quantization",
    ];

    private static readonly string[] Openers = ["What is", "Explain", "How does", "Why is", "Describe", "When would you use"];

    /// <summary>A document with <paramref name="questions"/> questions.</summary>
    public static string Build(int questions, int seed = 42)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(questions * 160);
        builder.Append("# Generated interview questions\n\n");
        for (var i = 0; i < questions; i++)
        {
            if (i % 50 == 0)
            {
                builder.Append("## Section ").Append(i / 50).Append("\n\n");
            }

            var subject = $"{Pick(random)} {Pick(random)} {Pick(random)}{random.Next(1000)}";
            var question = $"{Openers[random.Next(Openers.Length)]} {subject}?";
            switch (i % 3)
            {
                case 0:
                    builder.Append("### ").Append(question).Append("\n\n");
                    break;
                case 1:
                    builder.Append("### Question: ").Append(subject).Append("\n\n").Append(question).Append("\n\n### Answer:\n\n");
                    break;
                default:
                    builder.Append("### **").Append(i).Append(". ").Append(question).Append("**\n\n");
                    break;
            }

            builder.Append("It relates ").Append(Pick(random)).Append(" to ").Append(Pick(random))
                .Append(" and trades ").Append(Pick(random)).Append(" for ").Append(Pick(random)).Append(".\n\n");
            if (i % 10 == 0)
            {
                builder.Append("```python\nx = ").Append(random.Next(100)).Append("\n```\n\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>One of the vocabulary's words, drawn from <paramref name="random"/>.</summary>
    public static string Word(Random random) => Pick(random);

    private static string Pick(Random random) => Words[random.Next(Words.Length)];
}
