using Viva.Core.Semantics;
using Viva.Semantics;

namespace Viva.Semantics.Tests.Support;

/// <summary>One loaded model for every test (loading takes about a second), with an in-memory cache.</summary>
public static class SharedEncoder
{
    private static readonly Lazy<CachedTextEncoder> Encoder = new(() => new CachedTextEncoder(new MiniLmTextEncoder(), directory: null));

    public static ITextEncoder Instance => Encoder.Value;
}
