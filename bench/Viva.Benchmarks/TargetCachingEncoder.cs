using Viva.Core.Semantics;

namespace Viva.Benchmarks;

/// <summary>
/// An encoder that remembers only what practice remembers between answers: the texts of the questions, reference
/// answers and key points, registered up front. Every answer and passage is encoded afresh, as a new typed answer is.
/// </summary>
public sealed class TargetCachingEncoder(ITextEncoder model) : ITextEncoder
{
    private readonly Dictionary<string, float[]> _targets = new(StringComparer.Ordinal);

    public string ModelId => model.ModelId;

    public int Dimensions => model.Dimensions;

    public void Register(IEnumerable<string> texts)
    {
        var fresh = texts.Distinct(StringComparer.Ordinal).Where(t => !_targets.ContainsKey(t)).ToList();
        var vectors = model.Encode(fresh);
        for (var i = 0; i < fresh.Count; i++)
        {
            _targets[fresh[i]] = vectors[i];
        }
    }

    public IReadOnlyList<float[]> EncodeSpans(string text, IReadOnlyList<(int Start, int Length)> spans, CancellationToken cancellationToken = default) =>
        model.EncodeSpans(text, spans, cancellationToken);

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(t => !_targets.ContainsKey(t)).ToList();
        var computed = missing.Count == 0 ? [] : model.Encode(missing, cancellationToken);
        var k = 0;
        return [.. texts.Select(t => _targets.TryGetValue(t, out var v) ? v : computed[k++])];
    }
}
