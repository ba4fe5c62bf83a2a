namespace Viva.Core.Semantics;

/// <summary>Exact nearest-neighbour search over unit-length embeddings: one dot product per candidate.</summary>
public static class Nearest
{
    /// <summary>
    /// The <paramref name="count"/> vectors among <paramref name="candidates"/> closest to <paramref name="query"/>, closest
    /// first, as (index into <paramref name="vectors"/>, cosine).
    /// </summary>
    public static List<(int Index, float Cosine)> Top(IReadOnlyList<int> candidates, IReadOnlyList<float[]> vectors, ReadOnlySpan<float> query, int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(vectors);
        var top = new List<(int Index, float Cosine)>(count + 1);
        if (count <= 0)
        {
            return top;
        }

        foreach (var c in candidates)
        {
            var cosine = Vectors.Cosine(query, vectors[c]);
            if (top.Count == count && cosine <= top[^1].Cosine)
            {
                continue;
            }

            var at = top.FindIndex(t => t.Cosine < cosine);
            top.Insert(at < 0 ? top.Count : at, (c, cosine));
            if (top.Count > count)
            {
                top.RemoveAt(count);
            }
        }

        return top;
    }
}
