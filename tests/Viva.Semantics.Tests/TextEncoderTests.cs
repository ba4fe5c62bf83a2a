using Viva.Core.Semantics;
using Viva.Semantics.Tests.Support;

namespace Viva.Semantics.Tests;

public sealed class TextEncoderTests
{
    [Fact]
    public void Should_Give_Unit_Vectors_That_Rank_A_Paraphrase_Above_Another_Topic()
    {
        // Given
        string[] texts =
        [
            "Boosting trains models one after another, each concentrating on the mistakes of the ensemble so far.",
            "Boosting fits weak learners in sequence, every new one correcting the errors of the earlier ones.",
            "A convolution slides a small kernel over the image and sums the products.",
            "",
        ];

        // When
        var vectors = SharedEncoder.Instance.Encode(texts);

        // Then
        Assert.All(vectors.Take(3), v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3));
        Assert.All(vectors[3], x => Assert.Equal(0f, x));
        var paraphrase = Vectors.Cosine(vectors[0], vectors[1]);
        var unrelated = Vectors.Cosine(vectors[0], vectors[2]);
        Assert.True(paraphrase > 0.55, $"paraphrase similarity {paraphrase:F3}");
        Assert.True(unrelated < paraphrase - 0.4, $"unrelated similarity {unrelated:F3}, paraphrase {paraphrase:F3}");
    }

    [Fact]
    public void Should_Encode_The_Same_From_Parallel_Callers_As_From_One()
    {
        // Given
        var encoder = new CachedTextEncoder(new MiniLmTextEncoder(), directory: null);
        var texts = Enumerable.Range(0, 24).Select(i => $"Sentence number {i} about gradient descent with step size {i * 0.01}").ToArray();
        var alone = new MiniLmTextEncoder().Encode(texts);

        // When
        var results = new IReadOnlyList<float[]>[texts.Length];
        Parallel.For(0, texts.Length, i => results[i] = encoder.Encode([texts[i], texts[(i + 1) % texts.Length]]));

        // Then
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1.0, Vectors.Cosine(alone[i], results[i][0]), 4);
            Assert.Equal(1.0, Vectors.Cosine(alone[(i + 1) % texts.Length], results[i][1]), 4);
        }

        Assert.InRange(encoder.Computed, texts.Length, 2 * texts.Length);
    }

    [Fact]
    public void Should_Keep_Embeddings_On_Disk_So_A_New_Session_Computes_Nothing()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("viva-embeddings-").FullName;
        try
        {
            string[] texts = ["L1 regularisation gives sparse weights.", "L2 shrinks weights smoothly."];
            var first = new CachedTextEncoder(new CountingEncoder(), folder);
            var original = first.Encode(texts);

            // When
            var second = new CachedTextEncoder(new CountingEncoder(), folder);
            var again = second.Encode(texts);

            // Then
            Assert.Equal(2, first.Computed);
            Assert.Equal(0, second.Computed);
            Assert.Equal(original[0], again[0]);
            Assert.Equal(original[1], again[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Should_Ignore_A_Torn_Last_Record_And_Set_Aside_Another_Models_File()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("viva-embeddings-").FullName;
        try
        {
            var writer = new CachedTextEncoder(new CountingEncoder(), folder);
            writer.Encode(["kept"]);
            var file = Directory.GetFiles(folder).Single();
            File.AppendAllText(file, "torn record");

            // When
            var reader = new CachedTextEncoder(new CountingEncoder(), folder);
            reader.Encode(["kept", "new"]);
            var foreign = new CachedTextEncoder(new CountingEncoder("other-model"), folder);
            File.Copy(file, Path.Combine(folder, "other-model.bin"));
            foreign.Encode(["kept"]);

            // Then
            Assert.Equal(1, reader.Computed);
            Assert.Equal(1, foreign.Computed);
            Assert.True(File.Exists(Path.Combine(folder, "other-model.bin.old")));
            Assert.Equal(2, new CachedTextEncoder(new CountingEncoder(), folder).Encode(["kept", "new"]).Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A deterministic stand-in model: a vector from the text's characters.</summary>
    private sealed class CountingEncoder(string model = "counting") : ITextEncoder
    {
        public string ModelId => model;

        public int Dimensions => 8;

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            [.. texts.Select(t =>
            {
                var v = new float[Dimensions];
                for (var i = 0; i < t.Length; i++)
                {
                    v[i % Dimensions] += t[i];
                }

                Vectors.Normalize(v);
                return v;
            })];
    }
}
